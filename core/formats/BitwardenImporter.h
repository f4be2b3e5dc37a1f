// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Bitwarden password manager exports: unencrypted JSON, CSV, and password-protected
// JSON. An account-restricted export (encrypted with the account's own key) cannot be opened offline and
// is refused as ImportUnsupported (AccountRestricted).
class BitwardenImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
