// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// LastPass Authenticator's JSON export: `{accounts: [{issuerName, userName, secret (base32),
// timeStep, digits, algorithm, isFavorite, folderData}], folders}`. Folders become tags.
class LastPassImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
