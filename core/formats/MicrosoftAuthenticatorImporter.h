// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Microsoft Authenticator's internal SQLite database (`PhoneFactor`, copied off a rooted phone): table
// `accounts` with `name` (issuer), `username`, `oath_secret_key`, `account_type`. Type 0 is a third-party
// TOTP account (base32 secret, 6 digits); type 1 a Microsoft personal account (base64 secret, 8 digits);
// other types (work accounts with push sign-in only) hold no usable secret and are rejected.
class MicrosoftAuthenticatorImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
