// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// 2FAS Authenticator backups, schema 1–4, plain or password-encrypted.
//
// Encrypted files keep `services` empty and hold them in `servicesEncrypted` (AES-256-GCM under
// PBKDF2-HMAC-SHA256, 10,000 iterations). The `reference` field, sealed with the same key, is the password
// check: when it fails the password is wrong; when it opens but the services do not, the file is damaged.
// Without a reference the two cannot be told apart and a failure is reported as a wrong password.
//
// Issuer is the service name (2FAS shows that), falling back to otp.issuer; groups become tags; STEAM is
// a Steam account; a null algorithm means SHA1. Schema 2 files carry no token type, so 2FAS itself
// exported HOTP accounts of that era as TOTP; they are read as the file says.
class TwoFasImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
