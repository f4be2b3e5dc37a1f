// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/KdfParameters.h"
#include "crypto/RandomSource.h"
#include "vault/VaultKeys.h"

#include <QStringList>

namespace twofold {

// Re-keying an unlocked vault (a new password, or revoking the keyring's copy of the key): new keys are
// made from a snapshot of the current ones, and the automatic backups can follow them, so an old file and
// the old password (or the old keyring key) open nothing written afterwards. Pure functions, thread-safe;
// the slow ones belong off the GUI thread. VaultStore::changeKeys adopts the result.
class VaultRekey
{
public:
    struct Kdf
    {
        KdfParameters parameters;
        bool raised = false; // the stored cost was below `defaults` in some respect and now is not
    };
    // The KDF for the new password slot, with `salt`: the stored Argon2id's costs raised to at least
    // `defaults` (a stronger choice is kept); any other stored algorithm becomes `defaults`.
    static Kdf kdfFor(const VaultKeys &current, const KdfParameters &defaults, QByteArray salt);

    // Checks `currentPassword` against `current`, then makes a new random data key with one password slot
    // for `newPassword` (the keyring slot is not carried over). Slow: two KDF runs.
    // Errors: PasswordEmpty, VaultWrongPassword (nothing else happened), KDF errors.
    [[nodiscard]] static Expected<VaultKeys> rekey(const VaultKeys &current,
                                                   const SecureBytes &currentPassword,
                                                   const SecureBytes &newPassword, const KdfParameters &kdf,
                                                   RandomSource &random);

    struct Backups
    {
        int reencrypted = 0;  // now open with `keys` only (files already under them count too)
        QStringList unopened; // made under yet another key (an earlier password): left as they were
    };
    // Rewrites each backup that opens with `oldDataKey` under `keys`, atomically, verified by reading it
    // back; files that vanished meanwhile (pruned) are skipped. Blocking. Errors: the first storage error
    // (the backups before it are already re-encrypted, the others untouched).
    [[nodiscard]] static Expected<Backups> reencryptBackups(const QStringList &paths,
                                                            const SecureBytes &oldDataKey,
                                                            const VaultKeys &keys, RandomSource &random);
};

} // namespace twofold
