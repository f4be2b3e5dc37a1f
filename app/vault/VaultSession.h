// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "accounts/AccountFilterModel.h"
#include "accounts/AccountListModel.h"
#include "crypto/KdfParameters.h"
#include "vault/RollbackNotice.h"
#include "vault/VaultStore.h"

#include <QObject>
#include <QThreadPool>
#include <QtQmlIntegration>

#include <functional>

namespace twofold {

class CodeClock;
class Toasts;

// The vault's life: create, unlock, lock, restore a backup. Owns the one VaultStore (the only holder of
// secrets) and the one worker thread that runs KDFs and saves in order, and shows the unlocked accounts.
// QML hands a password over once and clears its field. Saving, the keyring and messages are other parts,
// told through the signals below.
class VaultSession : public QObject, public QmlInstance<VaultSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(twofold::AccountFilterModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(QString vaultPath READ vaultPath CONSTANT)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY stateChanged)
    Q_PROPERTY(QString restorableBackup READ restorableBackup NOTIFY errorMessageChanged)
    Q_PROPERTY(twofold::RollbackNotice *rollbackNotice READ rollbackNotice CONSTANT)

public:
    enum State
    {
        NoVault,
        Locked,
        Unlocked
    };
    Q_ENUM(State)

    VaultSession(const QString &vaultPath, CodeClock &clock, Toasts &toasts, QObject *parent = nullptr);
    ~VaultSession() override;

    // Tests: a cheap KDF. main.cpp: remember vault generations and warn about an older file.
    void setKdfForNewVaults(const KdfParameters &kdf) { m_kdf = kdf; }
    void setRollbackGuard(RollbackGuard *guard) { m_store.setRollbackGuard(guard); }
    // Whether a save is still on its way to disk (the saver says): a vault locked right after it was created
    // exists once that save lands.
    void setSavePending(std::function<bool()> pending) { m_savePending = std::move(pending); }

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    AccountFilterModel *accounts() { return &m_filter; }
    // Every account, unfiltered (the tray menu and quick copy filter it their own way).
    AccountListModel &allAccounts() { return m_model; }
    QString vaultPath() const { return m_store.path(); }
    // Stored entries that failed validation: kept unchanged, listed as needing attention.
    int needsAttention() const { return int(m_store.entriesNeedingAttention().size()); }
    // After "damaged": the newest backup that opens with the password just typed, if any.
    QString restorableBackup() const { return m_restorableBackup; }
    RollbackNotice *rollbackNotice() { return &m_rollbackNotice; }

    // The parts that edit, save or read the vault work on the store itself, on the GUI thread.
    VaultStore &store() { return m_store; }
    const VaultStore &store() const { return m_store; }
    // The one worker: KDFs, saves and re-keying run there one at a time, in order.
    QThreadPool &worker() { return m_worker; }
    void waitForSaves() { m_worker.waitForDone(); }
    // Re-keying (PasswordChange): a copy of the unlocked keys, the KDF a new password gets, the backups.
    std::optional<VaultKeys> keys() const { return m_store.keys(); }
    const KdfParameters &kdfForNewPasswords() const { return m_kdf; }
    QStringList backups() const { return m_store.backups(); }
    // Takes keys made off-thread as the vault's keys; keysChanged() has them saved at once.
    [[nodiscard]] Expected<void> adoptKeys(VaultKeys keys);

    Q_INVOKABLE void createVault(const QString &password, bool keyringUnlock = false);
    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE void lock();
    // Replaces the damaged vault with restorableBackup (the damaged file is kept beside it).
    Q_INVOKABLE void restoreBackup();

    // Another way in (KeyringUnlock): begin() starts an unlock as unlock() does (false when none can start
    // now); it ends with fail() or with openWith(), which reads the vault on the worker.
    bool beginUnlock();
    void failUnlock(const Error &error);
    void openWith(VaultStore::Unlocker unlocker);

    // After any edit of the store: the list shows it, and edited() has it saved.
    void markEdited();
    // The list again, as the store has it now (a save may have merged in another writer's accounts).
    void reloadAccounts();

    // A link from outside (a second start, the desktop's otpauth handler, the command line): the window
    // opens the add dialog on it once the vault is unlocked. Nothing is added until the user confirms.
    void offerLink(const QString &uri);
    // The offered link, once ("" when there is none). Locking an unlocked vault forgets it.
    Q_INVOKABLE QString takeOfferedLink();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void linkOffered();
    // A new vault's keys are in memory: it exists once saved. `keyringUnlock`: the user asked for it.
    void created(bool keyringUnlock);
    // An existing vault was opened; `unopened` are rescued changes that its password could not open.
    void existingOpened(const QStringList &unopened);
    // The store was edited (or, keysChanged, re-keyed) and needs saving.
    void edited();
    void keysChanged();
    // Unlocked still: the last moment to save changes or clear what depends on the secrets.
    void aboutToLock();

private:
    void setState(State state);
    void setBusy(bool busy);
    void setErrorMessage(const QString &message);
    void afterUnlock();
    void adoptOpened(Expected<VaultStore::Opened> opened);
    void forgetOfferedLink();

    VaultStore m_store;
    CodeClock &m_clock;
    Toasts &m_toasts;
    AccountListModel m_model;
    AccountFilterModel m_filter;
    QThreadPool m_worker;
    KdfParameters m_kdf;
    std::function<bool()> m_savePending = [] { return false; };
    State m_state = NoVault;
    bool m_busy = false;
    bool m_discardUnlock = false; // lock() arrived while the KDF ran: do not unlock behind a locked screen
    QString m_restorableBackup;
    QString m_offeredLink;
    QString m_errorMessage;
    RollbackNotice m_rollbackNotice;
};

} // namespace twofold
