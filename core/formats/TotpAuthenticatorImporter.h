// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// TOTP Authenticator (com.authenticator.authservice2), two containers with one account list:
// * the encrypted export (.bin): base64 of AES-256-CBC/PKCS7, key SHA-256(password), zero IV; the
//   plaintext is a JSON object whose single key is the account list as JSON text. Without a password the
//   app uses a built-in one, which is tried when the user gives none.
// * the internal preferences XML: the list in the STATIC_TOTP_CODES_LIST string.
// Accounts: `key` in base 16, 32 or 64 (`base`), `digits` and `period` (often as strings) are honoured.
class TotpAuthenticatorImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
