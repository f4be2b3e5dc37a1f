// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Duo Mobile's account list (`files/duokit/accounts.json`): a JSON array of `{name,
// otpGenerator: {otpSecret (base32), counter?}}`. A counter means HOTP, taken as stored.
class DuoImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
