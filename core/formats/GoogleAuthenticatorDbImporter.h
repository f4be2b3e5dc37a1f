// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Google Authenticator's internal SQLite database (`databases`, copied off a rooted phone): table
// `accounts` with `email` (the label, "Issuer:name"), `secret` (base32), `type` (0 TOTP, 1 HOTP),
// `counter`, `issuer`. Nothing else is stored: SHA1, 6 digits, 30 s.
class GoogleAuthenticatorDbImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
