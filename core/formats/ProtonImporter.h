// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Proton Authenticator's JSON export: `{version, entries: [{content: {uri, entry_type, name},
// note}]}`, each entry an otpauth URI (Steam entries may be `steam://<base32>`).
class ProtonImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
