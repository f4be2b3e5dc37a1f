// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/KdfParameters.h"
#include "otp/OtpGenerator.h"
#include "transfer/ExportAccount.h"
#include "transfer/ImportedAccount.h"
#include "uri/OtpAuthUri.h"
#include "vault/EntryLookup.h"
#include "vault/RollbackGuard.h"
#include "vault/VaultBackups.h"
#include "vault/VaultContents.h"
#include "vault/VaultKeys.h"
#include "vault/VaultOpener.h"
#include "vault/VaultSaveJob.h"
#include "vault/VaultStoreOptions.h"

#include <QFileInfo>
#include <QString>

#include <optional>

namespace twofold {

// The one owner of secrets: holds the unlocked data key and every account secret, hands out metadata
// and codes, and keeps track of unsaved edits (dirty flag, generation). Mutations change memory only;
// save() writes them through VaultSaveJob. Opening goes through VaultOpener, backups through VaultBackups,
// rescued snapshots through RescueSnapshots. lock() wipes keys and secrets.
// Not thread-safe: use from one thread at a time (the app serialises saves on a worker).
class VaultStore
{
public:
    using Options = VaultStoreOptions;

    explicit VaultStore(QString path);
    VaultStore(QString path, Options options);
    ~VaultStore();
    VaultStore(const VaultStore &) = delete;
    VaultStore &operator=(const VaultStore &) = delete;

    // $XDG_DATA_HOME/twofold/vault.twofold (~/.local/share/twofold/vault.twofold).
    static QString defaultPath();

    const QString &path() const { return m_path; }
    QString backupDirectory() const { return backupSet().directory(); }
    // Where the verified backup written after every save goes, and how many are kept.
    void setBackupPolicy(const QString &directory, int generations);
    // The time of the newest backup of this vault; invalid when there is none.
    QDateTime newestBackupTime() const { return backupSet().newestTime(); }
    bool exists() const { return QFileInfo::exists(m_path); }

    // Creates a new, empty vault (its directory 0700 if new) and leaves it unlocked. Slow (KDF).
    // Errors: VaultAlreadyExists (nothing is touched), PasswordEmpty, storage errors.
    [[nodiscard]] Expected<void> create(const SecureBytes &password, const KdfParameters &kdf);
    // Reads, checks and decrypts the vault. Slow (KDF). Errors: VaultNotFound, VaultNotAVault,
    // VaultNewerVersion, VaultDamaged, KdfParametersOutOfRange, VaultWrongPassword, storage errors.
    [[nodiscard]] Expected<void> unlock(const SecureBytes &password);
    [[nodiscard]] Expected<void> unlockWithKeyring(const SecureBytes &slotKey);
    // Forgets the data key, secrets and accounts (memory is wiped by SecureBytes).
    void lock();
    bool isUnlocked() const { return m_keys.has_value(); }
    // Set when the vault just opened is older than one opened here before (Options::rollback).
    const std::optional<RollbackGuard::Rollback> &rollback() const { return m_rollback; }
    void setRollbackGuard(RollbackGuard *guard) { m_options.rollback = guard; }

    // Valid accounts, in stored order.
    QList<Account> accounts() const { return EntryLookup::accounts(m_contents.entries); }
    // Entries kept but not usable (failed validation on load), with their problem.
    QList<Error> entriesNeedingAttention() const { return EntryLookup::problems(m_contents.entries); }
    std::optional<Account> account(const QUuid &uuid) const;
    // Valid accounts with their secrets, for exports and backup checks. Empty when locked.
    QList<ExportAccount> exportAccounts() const;

    [[nodiscard]] Expected<QString> code(const QUuid &uuid, qint64 unixTime,
                                         OtpGenerator::Step step = OtpGenerator::Step::Current) const;
    // The vault's manual time correction in seconds for codes (clock/TimeCorrection); 0 when unset.
    qint64 timeCorrection() const;
    // Errors: VaultLocked; TimeOutOfRange beyond TimeCorrection::maxSeconds either way.
    [[nodiscard]] Expected<void> setTimeCorrection(qint64 seconds);
    // The uuid of an account with the same secret and type, if any (duplicate detection).
    std::optional<QUuid> findDuplicate(const OtpAuthUri &uri) const
    {
        return EntryLookup::duplicateOf(m_contents.entries, uri);
    }

    // Adds an account from a validated URI. Returns it with its new uuid and times.
    [[nodiscard]] Expected<Account> add(const OtpAuthUri &uri)
    {
        return add(ImportedAccount{uri, {}, {}, false});
    }
    // Adds an account read from another app's file, with its tags, note and favourite mark.
    [[nodiscard]] Expected<Account> add(const ImportedAccount &imported);
    // Replaces an account's metadata (not its secret); `modified` is set to now.
    [[nodiscard]] Expected<void> update(Account account);
    // Notes that a code was used (lastUsed, usageCount) without counting as an edit: `modified` stays, so
    // a merge does not let a copy outrank a rename or deletion made elsewhere.
    [[nodiscard]] Expected<void> recordUse(const QUuid &uuid);
    [[nodiscard]] Expected<void> remove(const QUuid &uuid);
    // The order of accounts is the user's manual order and is stored as the order of entries. `order`
    // lists accounts (all or some) in their new order; the listed ones take the places the listed ones had,
    // so anything left out (an entry that needs attention) stays where it is.
    [[nodiscard]] Expected<void> reorder(const QList<QUuid> &order);
    // Brings back the most recently removed account, secret and all (until lock).
    [[nodiscard]] Expected<Account> undoRemove();
    bool canUndoRemove() const { return m_lastRemoved.has_value(); }
    // New data key and password slot (an old file plus the old password cannot open the result). Slow.
    // The keyring slot is dropped: the app re-creates it with the new key.
    [[nodiscard]] Expected<void> changePassword(const SecureBytes &newPassword, const KdfParameters &kdf);
    // The same with keys made beforehand, off the GUI thread (VaultRekey): they replace the current keys
    // and the next save writes the vault under them. Error: VaultLocked.
    [[nodiscard]] Expected<void> changeKeys(VaultKeys keys);
    // A copy of the unlocked keys, for re-keying off the GUI thread; nullopt when locked.
    std::optional<VaultKeys> keys() const { return m_keys; }
    // Keyring slot management; the caller stores `slotKey` in the keyring.
    [[nodiscard]] Expected<void> setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey);
    [[nodiscard]] Expected<void> removeKeyringSlot();
    bool hasKeyringSlot() const { return m_keys && m_keys->hasKeyringSlot(); }
    // The keyring entry that opens the vault on disk (empty when it has no keyring slot); needs no password.
    [[nodiscard]] Expected<QString> keyringSlotId() const;

    // Persists the current state. On error the file on disk is unchanged and the state stays in memory.
    [[nodiscard]] Expected<void> save(); // finishSave(*this, prepareSave().run())

    // Off-thread use: everything slow is a pure function of a snapshot. The app runs read() and
    // SaveJob::run() on a worker thread and hands the result back here on the GUI thread.
    using Opened = VaultOpener::Opened;
    using Unlocker = VaultOpener::Unlocker;
    // Reads, checks, unlocks and decrypts a vault file (VaultOpener::open). Thread-safe; slow (KDF).
    [[nodiscard]] static Expected<Opened> read(const QString &path, const Unlocker &unlockWith)
    {
        return VaultOpener::open(path, unlockWith);
    }
    // Takes an opened vault as the unlocked state.
    void adopt(Opened opened);
    // Takes freshly created keys (VaultKeys::create, run off-thread) as a new, empty, unsaved vault.
    // Error: VaultAlreadyExists.
    [[nodiscard]] Expected<void> adoptNew(VaultKeys keys);

    using SaveResult = VaultSaveResult;
    using SaveJob = VaultSaveJob;
    [[nodiscard]] SaveJob prepareSave() const;

    // Writes a failed save's snapshot beside the vault (RescueSnapshots). Returns its path.
    [[nodiscard]] static Expected<QString> rescue(const SaveJob &job);
    // After unlocking: merges rescued snapshots that open with this vault's key (they are deleted after
    // the next successful save) and returns the paths of those that do not (another password's).
    QStringList recoverUnsaved();
    // Replaces a damaged vault with a backup; the damaged file is kept as "<name>.damaged-<time>".
    [[nodiscard]] Expected<void> restoreBackup(const QString &backupPath);
    // Applies a finished save: on success the store learns the new file (and merges in another writer's
    // changes, keeping edits made while the save ran); on failure nothing in memory changes.
    [[nodiscard]] Expected<void> finishSave(const SaveJob &job, Expected<SaveResult> result);
    bool hasUnsavedChanges() const { return m_dirty; }
    // SHA-256 of the vault file as this store last read or wrote it (empty when locked).
    const QByteArray &diskDigest() const { return m_diskDigest; }
    // The last save's warning (a failed backup, an unconfirmed directory sync) until a save goes through
    // cleanly: a persistent warning for the app.
    const std::optional<Error> &saveWarning() const { return m_saveWarning; }
    // Backup files, newest first.
    QStringList backups() const { return backupSet().list(); }

    // Sync hook (core/sync, app/sync): another writer's copy taken in without a save of our own.
    // Merges `theirs` (the vault file another device left, or a sync tool's conflict copy) into memory and
    // returns whether memory changed. When `theirsIsOnDisk`, the vault counts as changed (to be saved) only
    // if it holds something `theirs` lacks, so two devices do not answer each other's saves forever;
    // otherwise whenever the merge brought something new. Error: VaultLocked.
    [[nodiscard]] Expected<bool> mergeFrom(const VaultContents &theirs, bool theirsIsOnDisk);

private:
    VaultBackups backupSet() const
    {
        return VaultBackups(m_path, m_options.backupDirectory, m_options.backupGenerations);
    }
    // The index of an account's entry. Errors: VaultLocked, AccountNotFound.
    Expected<qsizetype> entryIndex(const QUuid &uuid) const;
    void touch();
    QDateTime now() const;

    QString m_path;
    Options m_options;
    std::optional<VaultKeys> m_keys;
    VaultContents m_contents;
    QByteArray m_diskDigest;      // SHA-256 of the file as last read or written, to notice other writers
    SecureBytes m_pendingDiskKey; // after a password change, the key of the file still on disk
    bool m_dirty = false;
    std::optional<VaultEntry> m_lastRemoved;
    QStringList m_recoveredFiles; // rescued snapshots merged in, removed once a save succeeds
    quint64 m_generation = 0;     // bumped by every change, so a save knows whether edits happened meanwhile
    std::optional<Error> m_saveWarning;
    std::optional<RollbackGuard::Rollback> m_rollback;
};

} // namespace twofold
