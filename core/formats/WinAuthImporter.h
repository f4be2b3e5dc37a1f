// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// WinAuth's export: a ZipCrypto-encrypted ZIP holding one text file
// (`winauth-<date>.txt`) with an otpauth URI per line. Recognised by that name, which the ZIP stores
// in clear.
class WinAuthImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    // Errors: ImportWrongPassword, ImportDamaged (detail "zip"), ImportTooLarge.
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
