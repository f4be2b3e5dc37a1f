// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// The Bitwarden Authenticator app's JSON export: the password manager's unencrypted shape,
// `{"encrypted": false, "items": [...]}`, without folders or collections, each login holding an otpauth URI.
class BitwardenAuthenticatorImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
