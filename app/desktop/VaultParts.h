// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autolock/AutoLock.h"
#include "clock/VaultTimeCorrection.h"
#include "codes/CodeClock.h"
#include "sync/VaultWatcher.h"
#include "vault/AccountActions.h"
#include "vault/AccountSecrets.h"
#include "vault/BackupReminder.h"
#include "vault/CodeCopier.h"
#include "vault/KeyringUnlock.h"
#include "vault/Toasts.h"
#include "vault/VaultSaver.h"
#include "vault/VaultSession.h"

#include <QObject>

namespace twofold {

class Settings;

// The vault's one-job parts, built and wired together once: the window (window.cpp), the end-to-end tests
// and the benchmarks build the same. It does none of their jobs; it connects them, applies the settings,
// hands them to QML, and saves at quit.
class VaultParts : public QObject
{
    Q_OBJECT

public:
    VaultParts(const QString &vaultPath, Settings &settings, QObject *parent = nullptr);
    ~VaultParts() override;

    // Makes these the instances QML's singletons (VaultSession, AccountActions, ...) and the import, backup
    // and QR objects use. Before loading QML.
    void exposeToQml();
    // Tests: a fixed clock for codes, copies and reminders.
    void setClock(const Clock *clock) { m_timeCorrection.setBaseClock(clock); }
    // At quit: saves unsaved changes synchronously (or rescues them beside the vault), then locks. Returns
    // false when they could not be kept, with the reason in saver().storageWarning().
    bool shutdown();

    Toasts &toasts() { return m_toasts; }
    CodeClock &clock() { return m_clock; }
    VaultTimeCorrection &timeCorrection() { return m_timeCorrection; }
    VaultWatcher &watcher() { return m_watcher; }
    VaultSession &session() { return m_session; }
    VaultSaver &saver() { return m_saver; }
    KeyringUnlock &keyring() { return m_keyring; }
    BackupReminder &reminder() { return m_reminder; }
    AccountActions &actions() { return m_actions; }
    CodeCopier &copier() { return m_copier; }
    AccountSecrets &secrets() { return m_secrets; }
    AutoLock &autoLock() { return m_autoLock; }

private:
    void applySettings();
    void followSync();

    Settings &m_settings;
    Toasts m_toasts;
    CodeClock m_clock;
    VaultSession m_session;
    VaultTimeCorrection m_timeCorrection;
    VaultWatcher m_watcher; // another device's saves and a sync tool's conflict copies
    VaultSaver m_saver;     // after the session: destroyed first, saving what is unsaved
    KeyringUnlock m_keyring;
    BackupReminder m_reminder;
    AccountActions m_actions;
    CodeCopier m_copier;
    AccountSecrets m_secrets;
    AutoLock m_autoLock;
};

} // namespace twofold
