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
    for (QByteArray line : TextLines::of(input.bytes())) {
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        builder.addUri(line);
    }
    return builder.finish();
}

} // namespace twofold
