// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "formats/ImportInput.h"
#include "transfer/ImportResult.h"

#include <optional>

namespace twofold {

// One row of Importer's table: a format recognised from content, and its pure reader.
struct ImportFormat
{
    enum class Protection
    {
        None,
        Password
    };

    const char *id;   // stable machine name: CLI output, ImportResult::format, error details
    const char *name; // the app's own name ("Aegis", "andOTP"); a brand, not translated
    // nullopt when the content is not this format.
    std::optional<Protection> (*detect)(const ImportInput &input);
    // `password` is empty for unprotected content. Errors: ImportWrongPassword, ImportDamaged,
    // ImportUnsupported, ImportTooLarge and whatever the format's own checks return.
    Expected<ImportResult> (*read)(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
