// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/VaultWatcher.h"

#include "ErrorText.h"
#include "sync/ConflictMerge.h"
#include "sync/SealedCopy.h"
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

void VaultWatcher::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

bool VaultWatcher::mergeVaultFile(QStringList &notices)
{
    const auto keys = m_store.keys();
    const auto disk = SealedCopy::open(m_store.path(), *keys);
    if (!disk) {
        // Gone for a moment (a sync tool replacing it) is no news; anything else is.
        if (disk.error().code == ErrorCode::VaultWrongPassword)
            notices << ErrorText::describe({ErrorCode::VaultChangedOnDisk});
        else if (disk.error().code != ErrorCode::VaultNotFound)
            //: %1 is a sentence saying why the vault file did not open
            notices << tr("The vault file changed on disk and does not open: %1")
                           .arg(ErrorText::describe(disk.error()));
        return false;
    }
    if (disk->digest == m_seenDigest)
        return false;
    m_seenDigest = disk->digest;
    return m_store.mergeFrom(disk->contents, true).value_or(false);
}

void VaultWatcher::check()
{
    watch();
    if (!m_store.isUnlocked()) {
        m_seenDigest.clear();
        m_pending.clear();
        setNotice({});
        return;
    }
    QStringList notices;
    bool changed = mergeVaultFile(notices);
    if (const auto copies = ConflictMerge::mergeInto(m_store)) {
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
            notices << tr("A sync tool left a conflict copy beside the vault that does not open with its "
                          "password, so it was not merged and stays where it is: %1")
                           .arg(unopened.join(QStringLiteral("; ")));
    }
    setNotice(notices.join(QLatin1Char(' ')));
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
