#pragma once

#include "Error.h"
#include "crypto/KdfParameters.h"
#include "crypto/RandomSource.h"
#include "otp/OtpGenerator.h"
#include "storage/FileSystemOps.h"
#include "time/Clock.h"
#include "uri/OtpAuthUri.h"
#include "vault/VaultContents.h"
#include "vault/VaultKeys.h"

#include <QString>

#include <functional>
#include <optional>

namespace twofold {

class VaultFile;

// The one owner of secrets: holds the unlocked data key and every account secret, hands out metadata
// and codes, and persists changes safely. Mutations change memory only; save() writes them:
// lock file → merge with changes another writer made on disk → atomic write → re-read, decrypt and
// compare → rotating, verified backups. lock() wipes keys and secrets.
// Not thread-safe: use from one thread at a time (the app serialises saves on a worker).
class VaultStore
{
public:
    struct Options
    {
        int backupGenerations = 10;
        RandomSource *random = &RandomSource::system();
        FileSystemOps *fileSystem = &FileSystemOps::real();
        const Clock *clock = &Clock::system();
    };

    explicit VaultStore(QString path);
    VaultStore(QString path, Options options);
    ~VaultStore();
    VaultStore(const VaultStore &) = delete;
    VaultStore &operator=(const VaultStore &) = delete;

    // $XDG_DATA_HOME/twofold/vault.twofold (~/.local/share/twofold/vault.twofold).
    static QString defaultPath();

    const QString &path() const { return m_path; }
    QString backupDirectory() const;
    bool exists() const;

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

    // Valid accounts, in stored order.
    QList<Account> accounts() const;
    // Entries kept but not usable (failed validation on load), with their problem.
    QList<Error> entriesNeedingAttention() const;
    std::optional<Account> account(const QUuid &uuid) const;

    [[nodiscard]] Expected<QString> code(const QUuid &uuid, qint64 unixTime,
                                         OtpGenerator::Step step = OtpGenerator::Step::Current) const;
    // The uuid of an account with the same secret and type, if any (duplicate detection).
    std::optional<QUuid> findDuplicate(const OtpAuthUri &uri) const;

    // Adds an account from a validated URI. Returns it with its new uuid and times.
    [[nodiscard]] Expected<Account> add(const OtpAuthUri &uri);
    // Replaces an account's metadata (not its secret); `modified` is set to now.
    [[nodiscard]] Expected<void> update(Account account);
    [[nodiscard]] Expected<void> remove(const QUuid &uuid);
    // New data key and password slot (an old file plus the old password cannot open the result). Slow.
    // The keyring slot is dropped: the app re-creates it with the new key.
    [[nodiscard]] Expected<void> changePassword(const SecureBytes &newPassword, const KdfParameters &kdf);
    // Keyring slot management; the caller stores `slotKey` in the keyring.
    [[nodiscard]] Expected<void> setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey);
    [[nodiscard]] Expected<void> removeKeyringSlot();

    // Persists the current state. On error the file on disk is unchanged and the state stays in memory.
    [[nodiscard]] Expected<void> save();
    bool hasUnsavedChanges() const { return m_dirty; }
    // The last backup failure, until a backup succeeds again: a persistent warning for the app.
    const std::optional<Error> &backupProblem() const { return m_backupProblem; }
    // Backup files, newest first.
    QStringList backups() const;

private:
    [[nodiscard]] Expected<void>
    open(const std::function<Expected<VaultKeys>(const VaultFile &)> &unlockWith);
    [[nodiscard]] Expected<void> mergeChangesOnDisk();
    [[nodiscard]] Expected<void> writeVerified(const QString &path, const QByteArray &bytes);
    void writeBackup(const QByteArray &bytes);
    QDateTime now() const;

    QString m_path;
    Options m_options;
    std::optional<VaultKeys> m_keys;
    VaultContents m_contents;
    QByteArray m_diskDigest;      // SHA-256 of the file as last read or written, to notice other writers
    SecureBytes m_pendingDiskKey; // after a password change, the key of the file still on disk
    bool m_dirty = false;
    std::optional<Error> m_backupProblem;
};

} // namespace twofold
