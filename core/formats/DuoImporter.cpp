// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoImporter.h"

#include "formats/DamagedJson.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"

#include <QJsonArray>

#include <cmath>

namespace twofold {

namespace {
const QLatin1StringView formatId("duo");
} // namespace

std::optional<ImportFormat::Protection> DuoImporter::detect(const ImportInput &input)
{
    const QJsonDocument *document = input.json();
    if (document && document->isArray() && document->array().first()[u"otpGenerator"].isObject())
        return ImportFormat::Protection::None;
    if (DamagedJson::looksLike(input, {"\"otpGenerator\"", "\"otpSecret\""}))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> DuoImporter::read(const ImportInput &input, const SecureBytes &)
{
    const QJsonDocument *document = input.json();
    if (!document || !document->isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("json"));
    ImportBuilder builder(formatId);
    for (const QJsonValue &value : document->array()) {
        const QJsonObject generator = value[u"otpGenerator"].toObject();
        ImportFields fields;
        fields.name = value[u"name"].toString();
        if (generator.contains(u"counter")) {
            const double counter = generator.value(u"counter").toDouble(-1);
            if (counter < 0 || counter != std::floor(counter) || counter > 9.0e15) {
                builder.reject(fields.issuer, fields.name, Error{ErrorCode::CounterOutOfRange});
                continue;
            }
            fields.type = OtpType::Hotp;
            fields.counter = quint64(counter);
        }
        builder.add(std::move(fields), SecretText::base32(generator.value(u"otpSecret").toString()));
    }
    return builder.finish();
}

} // namespace twofold
