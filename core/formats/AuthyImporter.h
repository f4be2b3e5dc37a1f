// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Authy's internal preferences (`com.authy.storage.tokens.authenticator.xml` from a rooted phone):
// a JSON array of tokens in one <string>. Secrets are base32 (`decryptedSecret`) or, when the user
// set a backup password, `encryptedSecret`: AES-256-CBC with a zero IV under PBKDF2-HMAC-SHA1(password,
// the token's `salt` text, 1000 iterations). Authy stores no algorithm or period: SHA1 and 30 s.
class AuthyImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
