// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Steam Guard's maFile JSON (Steam Desktop Authenticator, the Android app's Steamguard file):
// `shared_secret` is the base64 TOTP key for Steam codes, `account_name` the name. One account per object,
// or several under an `accounts` map.
class SteamImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
