// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/VaultWatcher.h"

#include "ErrorText.h"
#include "sync/ConflictMerge.h"
#include "sync/SealedCopy.h"
#include "tasks/TaskPool.h"
#include "vault/VaultSaver.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QFileInfo>

namespace twofold {

namespace {
constexpr int settleMs = 200;
} // namespace

VaultWatcher::VaultWatcher(VaultStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &VaultWatcher::check);
    // A replaced file drops out of the watch list; the folder's change says so, and watch() adds it again.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    watch();
}

void VaultWatcher::watch()
{
    const QString folder = QFileInfo(m_store.path()).absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo::exists(folder))
        m_watcher.addPath(folder);
    if (!m_watcher.files().contains(m_store.path()) && m_store.exists())
        m_watcher.addPath(m_store.path());
}

VaultWatcher::~VaultWatcher()
{
    if (m_reading)
        m_reading->cancel();
    forget(this);
}

void VaultWatcher::showNotices()
{
    QStringList notices{m_fileNotice, m_copiesNotice};
    notices.removeAll(QString());
    const QString notice = notices.join(QLatin1Char(' '));
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void VaultWatcher::readVaultFile()
{
    if (m_reading)
        m_reading->cancel(); // the newest look replaces an older one
    const QList<QByteArray> known{m_store.diskDigest(), m_seenDigest};
    m_reading = TaskPool::instance().run(
        this,
        [path = m_store.path(), keys = *m_store.keys(), known](TaskToken &) {
            return SealedCopy::openIfChanged(path, keys, known);
        },
        [this](const Expected<std::optional<SealedCopy::Opened>> &disk) {
            m_reading.reset();
            takeIn(disk);
        });
}

void VaultWatcher::takeIn(const Expected<std::optional<SealedCopy::Opened>> &disk)
{
    m_fileNotice.clear();
    // Gone for a moment (a sync tool replacing it) is no news; anything else is.
    if (!disk && disk.error().code == ErrorCode::VaultWrongPassword)
        m_fileNotice = ErrorText::describe({ErrorCode::VaultChangedOnDisk});
    else if (!disk && disk.error().code != ErrorCode::VaultNotFound)
        //: %1 is a sentence saying why the vault file did not open
        m_fileNotice =
            tr("The vault file changed on disk and does not open: %1").arg(ErrorText::describe(disk.error()));
    showNotices();
    if (!disk || !*disk || !m_store.isUnlocked())
        return;
    Q_EMIT vaultFileOpened();
    const SealedCopy::Opened &opened = **disk;
    // Our own save may have landed while the file was being read.
    if (opened.digest == m_store.diskDigest() || opened.digest == m_seenDigest)
        return;
    m_seenDigest = opened.digest;
    if (m_store.mergeFrom(opened.contents, true).value_or(false))
        Q_EMIT merged();
}

bool VaultWatcher::mergeConflictCopies()
{
    m_copiesNotice.clear();
    const auto copies = ConflictMerge::mergeInto(m_store);
    if (!copies)
        return false;
    bool changed = false;
    for (const QString &path : copies->merged) {
        if (!m_pending.contains(path)) {
            m_pending << path;
            changed = true;
        }
    }
    QStringList unopened;
    for (const ConflictMerge::Unopened &copy : copies->unopened)
        unopened << QStringLiteral("%1 (%2)").arg(QFileInfo(copy.path).fileName(),
                                                  ErrorText::describe(copy.error));
    if (!unopened.isEmpty())
        //: %1 lists file names, each with the reason it did not open
        m_copiesNotice = tr("A sync tool left a conflict copy beside the vault that does not open with its "
                            "password, so it was not merged and stays where it is: %1")
                             .arg(unopened.join(QStringLiteral("; ")));
    return changed;
}

void VaultWatcher::check()
{
    watch();
    if (!m_store.isUnlocked()) {
        if (m_reading)
            m_reading->cancel();
        m_reading.reset();
        m_seenDigest.clear();
        m_pending.clear();
        m_fileNotice.clear();
        m_copiesNotice.clear();
        showNotices();
        return;
    }
    if (m_saver && m_saver->savePending()) {
        m_settle.start();
        return;
    }
    readVaultFile();
    const bool changed = mergeConflictCopies();
    showNotices();
    if (!m_pending.isEmpty()) {
        if (const auto moved = ConflictMerge::archive(m_store, m_pending); moved && !moved->isEmpty()) {
            m_pending.removeIf([](const QString &path) { return !QFile::exists(path); });
            Q_EMIT archived(*moved);
        }
    }
    if (changed)
        Q_EMIT merged();
}

} // namespace twofold
