// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtonImporter.h"

#include "formats/DamagedJson.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"

#include <QJsonArray>

namespace twofold {

namespace {
const QLatin1StringView formatId("proton");
} // namespace

std::optional<ImportFormat::Protection> ProtonImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    const QJsonValue entries = root.value(u"entries");
    if (root.contains(u"version") && entries.isArray() &&
        (entries.toArray().isEmpty() || entries.toArray().first()[u"content"][u"uri"].isString()))
        return ImportFormat::Protection::None;
    if (DamagedJson::looksLike(input, {"\"entries\"", "\"entry_type\""}))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> ProtonImporter::read(const ImportInput &input, const SecureBytes &)
{
    const QJsonObject root = input.object();
    if (!root.value(u"entries").isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("json"));
    ImportBuilder builder(formatId);
    for (const QJsonValue &value : root.value(u"entries").toArray()) {
        const QJsonObject content = value[u"content"].toObject();
        const QString uri = content.value(u"uri").toString().trimmed();
        ImportFields extra;
        extra.name = content.value(u"name").toString();
        extra.note = value[u"note"].toString();
        if (uri.startsWith(u"steam://", Qt::CaseInsensitive)) {
            extra.issuer = QStringLiteral("Steam");
            extra.type = OtpType::Steam;
            builder.add(std::move(extra), SecretText::base32(QStringView(uri).sliced(8)));
            continue;
        }
        builder.addUri(uri.toUtf8(), extra);
    }
    return builder.finish();
}

} // namespace twofold
