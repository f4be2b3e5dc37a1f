// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QJsonObject>

namespace twofold {

// Bitwarden's password-protected JSON export: the key from the export password with the
// file's KDF (PBKDF2-SHA256 or Argon2id, bounded), stretched with HKDF-Expand into an encryption and a
// MAC key; "2.iv|ct|mac" strings are AES-256-CBC with an HMAC-SHA256 checked before decrypting.
class BitwardenCipher
{
public:
    // The decrypted `data` (the plain export's JSON text). Errors: ImportWrongPassword ("bitwarden") when
    // the validation string's MAC fails; KdfParametersOutOfRange (detail: which) for costs outside
    // the bounds, refused before any work; ImportUnsupported (reason Kdf or EncryptionType); ImportDamaged
    // (format "bitwarden", detail: what) for missing or malformed fields and for data
    // whose MAC fails although the password is right.
    [[nodiscard]] static Expected<SecureBytes> open(const QJsonObject &root, const SecureBytes &password);
};

} // namespace twofold
