// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Stratum / Authenticator Pro's internal SQLite database (`authenticator.db3`, rooted phones): table
// `authenticator` with the backup JSON's fields as lower-case columns, `category` and
// `authenticatorcategory` for tags.
class AuthenticatorProDbImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
