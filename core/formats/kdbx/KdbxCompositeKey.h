// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

namespace twofold {

// What a KeePass database is unlocked with: SHA-256 over SHA-256(password) (when there is a password) and
// the key file's 32-byte key (when there is a key file). Key files, as KeePassXC reads them: KeePass XML key
// files version 1.0 (base64) and 2.0 (hex with a hash check), 32 raw bytes, 64 hex characters, or else any
// file, hashed whole with SHA-256.
class KdbxCompositeKey
{
public:
    // Errors: ImportDamaged ("key file") for a 2.0 XML key file whose data does not match its own hash.
    [[nodiscard]] static Expected<SecureBytes> make(const SecureBytes &password, const SecureBytes &keyFile);
    // The 32-byte key a key file stands for. Same error.
    [[nodiscard]] static Expected<SecureBytes> keyFileKey(const SecureBytes &keyFile);
};

} // namespace twofold
