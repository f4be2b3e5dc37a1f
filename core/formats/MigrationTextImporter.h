// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Google Authenticator transfer links as text: one `otpauth-migration://offline?data=…` per line (what
// QR-reading tools print for each "Transfer accounts" code).
class MigrationTextImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
