// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// FreeOTP+'s JSON export: `{"tokens": [...], "tokenOrder": [...]}` with signed-byte
// secrets and HOTP counters stored one below otpauth's. Its tokens.xml is FreeOTP's (FreeOtpImporter).
// Every token is imported, whether or not tokenOrder lists it.
class FreeOtpPlusImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
