// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Raivo OTP's export: a ZIP with WinZip-AES entries, `raivo-otp-export.json` (read) and an
// HTML copy (ignored). The JSON is an array of `{kind, algorithm, digits, timer, counter, issuer, account,
// secret}`, numbers written as strings.
class RaivoImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    // Errors: ImportWrongPassword, ImportDamaged ("raivo: zip" or "raivo: payload"), ImportTooLarge.
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
