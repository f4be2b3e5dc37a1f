// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultSaver.h"

#include "ErrorText.h"
#include "vault/VaultSession.h"

#include <QtConcurrent>

namespace twofold {

namespace {
constexpr int saveDelayMs = 250; // coalesces bursts of changes into one save
constexpr int retryAfterFailureMs = 30'000;
} // namespace

VaultSaver::VaultSaver(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(session.store())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VaultSaver::saveNow);
    connect(&m_session, &VaultSession::edited, this, &VaultSaver::saveSoon);
    connect(&m_session, &VaultSession::created, this, &VaultSaver::saveNow);
    connect(&m_session, &VaultSession::keysChanged, this, &VaultSaver::saveNow);
    connect(&m_session, &VaultSession::existingOpened, this, &VaultSaver::opened);
    connect(&m_session, &VaultSession::aboutToLock, this, [this] {
        if (m_store.hasUnsavedChanges())
            saveNow();
    });
    m_session.setSavePending([this] { return savePending(); });
}

VaultSaver::~VaultSaver()
{
    if (m_store.isUnlocked() && m_store.hasUnsavedChanges())
        saveNow();
    m_session.waitForSaves();
    m_session.setSavePending([] { return false; });
    forget(this);
}

void VaultSaver::opened(const QStringList &unopened)
{
    if (!unopened.isEmpty())
        setStorageWarning(tr("Unsaved changes from an earlier session are kept in %1; they open with the "
                             "password used then.")
                              .arg(unopened.join(QStringLiteral(", "))));
    if (m_store.hasUnsavedChanges())
        saveNow(); // rescued changes were merged in
}

void VaultSaver::saveSoon()
{
    m_timer.start(saveDelayMs);
}

void VaultSaver::saveNow()
{
    m_timer.stop();
    if (!m_store.isUnlocked())
        return;
    // Jobs run one at a time on the worker, in order; each carries its own snapshot, so one can be queued
    // behind a running save (it merges with what that save wrote) and the store may be locked meanwhile.
    ++m_savesInFlight;
    auto job = std::make_shared<VaultStore::SaveJob>(m_store.prepareSave());
    QtConcurrent::run(&m_session.worker(), [job] {
        return job->run();
    }).then(this, [this, job](Expected<VaultStore::SaveResult> result) {
        --m_savesInFlight;
        const auto finished = m_store.finishSave(*job, std::move(result));
        if (!finished) {
            failed(*job, finished.error());
            return;
        }
        Q_EMIT saved();
        if (const auto &problem = m_store.saveWarning())
            setStorageWarning(tr("Saved, with a warning: %1").arg(ErrorText::describe(*problem)));
        else
            setStorageWarning({});
        if (m_store.isUnlocked() && m_savesInFlight == 0) {
            m_session.reloadAccounts(); // a merge may have brought in another writer's accounts
            if (m_store.hasUnsavedChanges())
                saveSoon();
        }
    });
}

bool VaultSaver::saveBeforeQuit()
{
    if (!m_store.isUnlocked() || !m_store.hasUnsavedChanges())
        return true;
    m_session.waitForSaves();
    const VaultStore::SaveJob job = m_store.prepareSave();
    if (const auto saved = m_store.finishSave(job, job.run()); !saved) {
        failed(job, saved.error());
        return VaultStore::rescue(job).has_value();
    }
    return true;
}

void VaultSaver::failed(const VaultStore::SaveJob &job, const Error &error)
{
    if (m_store.isUnlocked()) {
        // Still in memory: say so, and try again in a while.
        //: %1 is a sentence saying why saving failed
        setStorageWarning(tr("Not saved: %1 Your changes are kept in memory; Twofold will try again.")
                              .arg(ErrorText::describe(error)));
        m_timer.start(retryAfterFailureMs);
        return;
    }
    // Locked meanwhile: the job's snapshot is the only copy left, so keep it on disk, encrypted.
    const auto rescued = VaultStore::rescue(job);
    setStorageWarning(
        rescued ? tr("Not saved: %1 Your changes were kept in %2 and are merged at the next unlock.")
                      .arg(ErrorText::describe(error), *rescued)
                : tr("Not saved: %1 Keeping the changes aside failed too: %2")
                      .arg(ErrorText::describe(error), ErrorText::describe(rescued.error())));
}

void VaultSaver::setStorageWarning(const QString &message)
{
    if (message == m_storageWarning)
        return;
    m_storageWarning = message;
    Q_EMIT storageWarningChanged();
}

} // namespace twofold
