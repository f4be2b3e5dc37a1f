// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpAuthListImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/TextLines.h"

namespace twofold {

std::optional<ImportFormat::Protection> OtpAuthListImporter::detect(const ImportInput &input)
{
    if (!TextLines::startWith(input.bytes(), "otpauth://"))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> OtpAuthListImporter::read(const ImportInput &input, const SecureBytes &)
{
    ImportBuilder builder(QStringLiteral("otpauth-list"));
    builder.addUriLines(input.bytes());
    return builder.finish();
}

} // namespace twofold
