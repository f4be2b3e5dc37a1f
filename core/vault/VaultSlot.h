// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KdfParameters.h"

#include <QByteArray>
#include <QString>

namespace twofold {

// One way to unlock a vault: the data key sealed (AES-256-GCM) under a key-encryption key that comes
// either from the password through the KDF, or from a random key kept in the desktop keyring.
struct VaultSlot
{
    enum class Type
    {
        Password,
        Keyring
    };

    Type type = Type::Password;
    KdfParameters kdf;    // password slots
    QString keyringId;    // keyring slots: the keyring entry's name
    QByteArray nonce;     // 12 bytes
    QByteArray sealedKey; // 32-byte data key + 16-byte tag
};

} // namespace twofold
