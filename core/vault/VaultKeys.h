// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/RandomSource.h"
#include "vault/VaultSlot.h"

#include <QList>

namespace twofold {

// The unlocked data key and the unlockSlots that open it. Held by VaultStore while the vault is unlocked;
// saving reuses the unlockSlots (no KDF per save), changing the password builds new keys.
struct VaultKeys
{
    SecureBytes dataKey;
    QList<VaultSlot> unlockSlots;

    // A fresh random data key with one password slot. Slow (runs the KDF). Errors: PasswordEmpty, KDF errors.
    [[nodiscard]] static Expected<VaultKeys> create(const SecureBytes &password, const KdfParameters &kdf,
                                                    RandomSource &random);

    // Adds (or replaces) the keyring slot sealing the data key under `slotKey` (32 random bytes).
    [[nodiscard]] Expected<void> setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey,
                                                RandomSource &random);
    void removeKeyringSlot();
    bool hasKeyringSlot() const;
    // The keyring entry's name of the keyring slot; empty when there is none.
    QString keyringId() const;

    // Whether `password` opens a password slot to this data key. Slow (runs the KDF). Errors: PasswordEmpty,
    // VaultWrongPassword, KDF errors.
    [[nodiscard]] Expected<void> checkPassword(const SecureBytes &password) const;
};

} // namespace twofold
