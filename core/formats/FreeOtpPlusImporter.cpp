// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeOtpPlusImporter.h"

#include "formats/FreeOtpToken.h"
#include "formats/ImportLimits.h"
#include "formats/SecretText.h"

#include <QJsonArray>

namespace twofold {

std::optional<ImportFormat::Protection> FreeOtpPlusImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    if (!root.value(u"tokens").isArray() || !root.contains(u"tokenOrder"))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> FreeOtpPlusImporter::read(const ImportInput &input, const SecureBytes &)
{
    ImportBuilder builder(QStringLiteral("freeotp-plus"));
    const QJsonArray tokens = input.object().value(u"tokens").toArray();
    if (tokens.size() > ImportLimits::maxEntries)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        auto secret = SecretText::signedBytes(token.value(u"secret").toArray());
        if (!secret) {
            builder.reject(FreeOtpToken::issuer(token), FreeOtpToken::name(token), secret.error());
            continue;
        }
        FreeOtpToken::add(builder, token, std::move(*secret), FreeOtpToken::Counter::StoredMinusOne);
    }
    return builder.finish();
}

} // namespace twofold
