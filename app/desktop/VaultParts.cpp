// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/VaultParts.h"

#include "settings/Settings.h"
#include "time/Clock.h"

namespace twofold {

VaultParts::VaultParts(const QString &vaultPath, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_toasts(this)
    , m_clock(Clock::system())
    , m_session(vaultPath, m_clock, m_toasts)
    , m_timeCorrection(m_session, m_clock)
    , m_watcher(m_session.store())
    , m_saver(m_session)
    , m_keyring(m_session, m_toasts)
    , m_reminder(m_session, settings, m_clock)
    , m_actions(m_session, settings, m_toasts)
    , m_copier(m_session, m_clock, m_toasts)
    , m_secrets(m_session.store())
{
    // The file on disk decides whether the keyring can open it and how old the newest backup is.
    connect(&m_saver, &VaultSaver::saved, &m_keyring, &KeyringUnlock::refresh);
    connect(&m_saver, &VaultSaver::saved, &m_reminder, &BackupReminder::refresh);
    connect(&m_autoLock, &AutoLock::lockRequested, &m_session, &VaultSession::lock);
    connect(&m_session, &VaultSession::stateChanged, &m_autoLock,
            [this] { m_autoLock.setArmed(m_session.state() == VaultSession::Unlocked); });
    connect(&m_settings, &Settings::changed, this, &VaultParts::applySettings);
    applySettings();
    followSync();
}

void VaultParts::followSync()
{
    m_watcher.followSaves(m_saver);
    // Unlocked: conflict copies left meanwhile are merged at once; locked: the watcher forgets what it held.
    connect(&m_session, &VaultSession::stateChanged, &m_watcher, [this] {
        m_watcher.check();
        if (m_session.state() == VaultSession::Unlocked && m_session.store().hasUnsavedChanges())
            m_session.markEdited();
    });
    connect(&m_watcher, &VaultWatcher::merged, this, [this] {
        if (m_session.store().hasUnsavedChanges())
            m_session.markEdited(); // shown, and saved soon
        else
            m_session.reloadAccounts();
    });
    connect(&m_watcher, &VaultWatcher::archived, this, [this](const QStringList &paths) {
        //: %n is how many, %1 is the backup folder
        m_toasts.show(
            tr("Conflict copies left by a sync tool merged into the vault: %n. They were moved to %1.",
               nullptr, int(paths.size()))
                .arg(m_session.store().backupDirectory()));
    });
}

VaultParts::~VaultParts()
{
    AccountSink::forgetApp(&m_actions);
    AccountSource::forgetApp(&m_secrets);
}

void VaultParts::exposeToQml()
{
    Toasts::setInstance(&m_toasts);
    CodeClock::setInstance(&m_clock);
    VaultSession::setInstance(&m_session);
    VaultTimeCorrection::setInstance(&m_timeCorrection);
    VaultWatcher::setInstance(&m_watcher);
    VaultSaver::setInstance(&m_saver);
    KeyringUnlock::setInstance(&m_keyring);
    BackupReminder::setInstance(&m_reminder);
    AccountActions::setInstance(&m_actions);
    CodeCopier::setInstance(&m_copier);
    AccountSink::setApp(&m_actions);
    AccountSource::setApp(&m_secrets);
}

void VaultParts::applySettings()
{
    m_copier.setClearDelay(m_settings.clipboardClearSeconds());
    m_autoLock.setIdleTimeout(m_settings.autoLockMinutes() * 60 * 1000);
    m_autoLock.setLockOnScreenLock(m_settings.lockOnScreenLock());
    m_session.accounts()->setSortOrder(m_settings.sortOrder());
    m_session.store().setBackupPolicy(m_settings.backupFolder(), m_settings.backupCount());
    m_reminder.refresh();
}

bool VaultParts::shutdown()
{
    const bool kept = m_saver.saveBeforeQuit();
    m_session.lock();
    m_session.waitForSaves();
    return kept;
}

} // namespace twofold
