// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountFilterModel.h"
#include "accounts/AccountListModel.h"
#include "autolock/AutoLock.h"
#include "clipboard/Clipboard.h"
#include "crypto/KdfParameters.h"
#include "time/CorrectedClock.h"
#include "vault/ImportReview.h"
#include "vault/RollbackNotice.h"
#include "vault/VaultStore.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QtQmlIntegration>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace twofold {

class Settings;

// The window's view of the vault: create, unlock, lock, add, copy, delete with undo. Owns the one
// VaultStore (the only holder of secrets), runs the KDF and every save on one worker thread, coalesces
// saves, and drives the single code clock. QML hands a password over once and clears its field.
class VaultController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString storageWarning READ storageWarning NOTIFY storageWarningChanged)
    Q_PROPERTY(twofold::AccountFilterModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY stateChanged)
    Q_PROPERTY(bool keyringUnlock READ keyringUnlock NOTIFY keyringUnlockChanged)
    Q_PROPERTY(QString restorableBackup READ restorableBackup NOTIFY errorMessageChanged)
    Q_PROPERTY(QString backupReminder READ backupReminder NOTIFY backupReminderChanged)
    Q_PROPERTY(twofold::RollbackNotice *rollbackNotice READ rollbackNotice CONSTANT)
    // Clock check: the vault's time correction in seconds, added to this computer's clock for codes.
    Q_PROPERTY(qint64 timeCorrection READ timeCorrection NOTIFY timeCorrectionChanged)

public:
    enum State
    {
        NoVault,
        Locked,
        Unlocked
    };
    Q_ENUM(State)

    VaultController(const QString &vaultPath, Settings &settings, QObject *parent = nullptr);
    ~VaultController() override;

    // main.cpp creates the instance; QML receives it through create().
    static void setInstance(VaultController *instance);
    static VaultController *create(QQmlEngine *, QJSEngine *);

    // Clock check: codes, countdowns and copies use this computer's clock plus the vault's correction,
    // which is stored in the vault. Returns an empty string or a sentence for the user.
    qint64 timeCorrection() const { return m_codeClock.correctionSeconds(); }
    Q_INVOKABLE QString setTimeCorrection(qint64 seconds);
    // The clock without the correction, to measure it against a time server.
    const Clock &uncorrectedClock() const { return m_codeClock.base(); }

    // Tests: a fixed clock and a cheap KDF.
    void setClock(const Clock *clock);
    void setKdfForNewVaults(const KdfParameters &kdf);
    // main.cpp: remember vault generations here and warn about an older file (none by default, as in tests).
    void setRollbackGuard(RollbackGuard *guard) { m_store.setRollbackGuard(guard); }
    RollbackNotice *rollbackNotice() { return &m_rollbackNotice; }

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString storageWarning() const { return m_storageWarning; }
    AccountFilterModel *accounts() { return &m_filter; }
    qint64 now() const { return m_now; }
    QString vaultPath() const { return m_store.path(); }
    bool canUndo() const { return m_store.canUndoRemove(); }
    // Stored entries that failed validation: kept unchanged, listed as needing attention.
    int needsAttention() const { return int(m_store.entriesNeedingAttention().size()); }
    // After "damaged": the newest backup that opens with the password just typed, if any.
    QString restorableBackup() const { return m_restorableBackup; }
    // Set when there is no backup yet or the newest is older than the configured days.
    QString backupReminder() const { return m_backupReminder; }
    // Every account with its secret, for an export or a backup check (C++ only, never QML).
    QList<ExportAccount> exportAccounts() const;
    // One account's otpauth link, for its QR code (C++ only); empty when unknown or locked.
    SecureBytes accountUri(const QUuid &uuid) const;
    int clipboardClearSeconds() const { return m_clipboard.clearDelay(); }
    AutoLock &autoLock() { return m_autoLock; }
    // Every account, unfiltered (the tray menu and quick copy filter it their own way).
    AccountListModel &allAccounts() { return m_model; }
    // Re-keying (vault/PasswordChange, C++ only): a copy of the unlocked keys, the KDF a new password gets,
    // the automatic backups, and the one worker that runs KDFs and saves (its jobs run in order).
    std::optional<VaultKeys> keys() const { return m_store.keys(); }
    const KdfParameters &kdfForNewPasswords() const { return m_kdf; }
    QStringList backups() const { return m_store.backups(); }
    QThreadPool &worker() { return m_worker; }
    // Takes keys made off-thread as the vault's keys and starts saving under them at once.
    [[nodiscard]] Expected<void> adoptKeys(VaultKeys keys);

    Q_INVOKABLE void createVault(const QString &password, bool keyringUnlock = false);
    Q_INVOKABLE void unlock(const QString &password);
    Q_INVOKABLE void lock();
    // "Unlock without a password on this computer": the desktop keyring keeps a random key that opens
    // the vault's keyring slot. Enabling needs the vault unlocked; turning it off needs the password and
    // re-keys the vault (PasswordChange::turnOffKeyring).
    bool keyringUnlock() const { return m_keyringUnlock; }
    Q_INVOKABLE void unlockWithKeyring();
    Q_INVOKABLE void enableKeyringUnlock();
    // Replaces the damaged vault with restorableBackup (the damaged file is kept beside it).
    Q_INVOKABLE void restoreBackup();
    // At quit: saves unsaved changes synchronously (or rescues them beside the vault), then locks.
    // Returns false when they could not be kept, with the reason in storageWarning.
    bool shutdown();

    // Each returns an empty string on success, else a sentence for the user.
    Q_INVOKABLE QString addUri(const QString &uri, bool allowDuplicate = false);
    Q_INVOKABLE QString addManual(const QString &issuer, const QString &name, const QString &secret, int type,
                                  int algorithm, int digits, int period, qulonglong counter,
                                  bool allowDuplicate = false);
    // Whether the last add was refused because the secret is already in the vault.
    // What is wrong with a typed setup key, as the user types ("" when it would be accepted): the same
    // decoding and checks as addManual, so the form never says yes to a key that adding then refuses.
    Q_INVOKABLE QString checkSetupKey(const QString &secret) const;
    Q_INVOKABLE bool lastAddWasDuplicate() const { return m_lastAddWasDuplicate; }
    Q_INVOKABLE void remove(const QString &uuid);
    Q_INVOKABLE void undoRemove();
    Q_INVOKABLE void toggleFavourite(const QString &uuid);
    // Moves the visible row `from` to where row `to` is (a drag, or Alt+arrow) and sorts the list by hand
    // from then on: the order everyone sees becomes the vault's stored order.
    Q_INVOKABLE void moveAccount(int from, int to);
    Q_INVOKABLE void nextHotpCode(const QString &uuid);
    // Copies the account's recovery code number `index` (as a secret, cleared like codes).
    Q_INVOKABLE void copyRecoveryCode(const QString &uuid, int index);
    // The code itself, for RecoveryCodeView to paint (C++ only); empty when unknown or locked.
    SecureBytes recoveryCode(const QUuid &uuid, int index) const;
    // An account's metadata for the details dialog (never its secret, nor its recovery codes' text):
    // issuer, name, tags, favourite, note, recoveryCodes [{used}], created, lastUsed, usageCount, type,
    // algorithm, digits, period.
    Q_INVOKABLE QVariantMap details(const QString &uuid) const;
    // Saves edited metadata (recoveryCodes [{used}] in the order details() gave them, and newRecoveryCodes:
    // pasted text, one code a line); returns an empty string or a sentence for the user.
    Q_INVOKABLE QString saveDetails(const QString &uuid, const QVariantMap &details);
    // Copies the account's code (the next one if the current expires within 3 s); the toast says which.
    Q_INVOKABLE void copyCode(const QString &uuid);
    // What a copy put on the clipboard, for the message that says so (never the code itself).
    struct CopiedCode
    {
        QString label;   // "GitHub (octocat)", cleaned and shortened
        QString service; // the issuer, else the name
        bool next = false;
        int clearSeconds = 0;
    };
    // The one copy path behind the window, the tray and quick copy: the code is marked as a secret, cleared
    // after the delay, and the next one is taken when the current one is about to expire. Nothing when the
    // account is unknown (or the vault locked).
    std::optional<CopiedCode> copyCodeOf(const QString &uuid);

    // A link from outside (a second start, the desktop's otpauth handler, the command line): the window
    // opens the add dialog on it once the vault is unlocked. Nothing is added until the user confirms.
    void offerLink(const QString &uri);
    // The offered link, once ("" when there is none). Locking an unlocked vault forgets it.
    Q_INVOKABLE QString takeOfferedLink();

    // The review-and-merge step shared by every import (files, QR codes): classification against the vault,
    // then adding exactly the chosen entries.
    ImportReview reviewImport(ImportResult batch) const;
    [[nodiscard]] Expected<QList<Account>> addReviewed(const ImportReview &review, const QList<int> &chosen);
    // "issuer:name" of an account, shortened and cleaned for messages.
    QString describeAccount(const QUuid &uuid) const;

    // Waits for a running save; for quitting and tests.
    void waitForSaves();

    // Whether any window shows codes now (the desktop shell says so: the main window shown and not
    // minimised, or quick copy open). The code clock runs only then — a hidden app does no periodic work —
    // and catches up at once when codes come back on screen. Defaults to true.
    void setCodesOnScreen(bool onScreen);
    bool codesOnScreen() const { return m_codesOnScreen; }
    // Whether the code clock is waiting for its next tick (tests).
    bool codeClockRunning() const { return m_ticker.isActive(); }

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void storageWarningChanged();
    void nowChanged();
    void canUndoChanged();
    void keyringUnlockChanged();
    void backupReminderChanged();
    void timeCorrectionChanged();
    void toast(const QString &message);
    void linkOffered();

private:
    void setState(State state);
    void setBusy(bool busy);
    void setErrorMessage(const QString &message);
    void setStorageWarning(const QString &message);
    void afterUnlock();
    void adoptOpened(Expected<VaultStore::Opened> opened);
    void refreshKeyringUnlock();
    void changed();
    void startSave();
    void saveFailed(const VaultStore::SaveJob &job, const Error &error);
    void tick();
    void applySettings();
    void refreshBackupReminder();
    void forgetOfferedLink();
    QString added(const Expected<OtpAuthUri> &uri, bool allowDuplicate);

    Settings &m_settings;
    VaultStore m_store;
    AccountListModel m_model;
    AccountFilterModel m_filter;
    Clipboard m_clipboard;
    AutoLock m_autoLock;
    QThreadPool m_worker;
    QTimer m_saveTimer;
    QTimer m_ticker;
    CorrectedClock m_codeClock; // clock check: the base clock plus the vault's time correction
    const Clock *m_clock;
    KdfParameters m_kdf;
    State m_state = NoVault;
    bool m_busy = false;
    int m_savesInFlight = 0;
    bool m_discardUnlock = false;
    bool m_keyringUnlock = false; // lock() arrived while the KDF ran: do not unlock behind a locked screen
    QString m_restorableBackup;
    QString m_backupReminder;
    QString m_offeredLink;
    bool m_lastAddWasDuplicate = false;
    bool m_codesOnScreen = true;
    qint64 m_now = 0;
    QString m_errorMessage;
    QString m_storageWarning;
    RollbackNotice m_rollbackNotice;
};

} // namespace twofold
