// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// A text file with one otpauth:// URI per line (FreeOTP+, GNOME Authenticator, Ente's plain export and
// many others write this). Blank lines and `#` comments are ignored; any other line is a rejected entry.
class OtpAuthListImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
