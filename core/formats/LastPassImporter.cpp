// SPDX-License-Identifier: GPL-3.0-or-later
#include "LastPassImporter.h"

#include "formats/DamagedJson.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"

#include <QHash>
#include <QJsonArray>

namespace twofold {

namespace {
const QLatin1StringView formatId("lastpass");
} // namespace

std::optional<ImportFormat::Protection> LastPassImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    const QJsonArray accounts = root.value(u"accounts").toArray();
    const QJsonObject first = accounts.first().toObject();
    if ((first.contains(u"issuerName") && first.contains(u"secret")) ||
        (root.value(u"accounts").isArray() && root.contains(u"localDeviceId") &&
         root.contains(u"deviceName")))
        return ImportFormat::Protection::None;
    if (DamagedJson::looksLike(input, {"\"accounts\"", "\"issuerName\""}))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> LastPassImporter::read(const ImportInput &input, const SecureBytes &)
{
    const QJsonObject root = input.object();
    if (!root.value(u"accounts").isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("json"));
    QHash<int, QString> folders;
    for (const QJsonValue &folder : root.value(u"folders").toArray())
        folders.insert(folder[u"id"].toInt(-1), folder[u"name"].toString());

    ImportBuilder builder(formatId);
    for (const QJsonValue &value : root.value(u"accounts").toArray()) {
        const QJsonObject account = value.toObject();
        ImportFields fields;
        fields.issuer = account.value(u"issuerName").toString();
        fields.name = account.value(u"userName").toString();
        fields.favourite = account.value(u"isFavorite").toBool();
        const QJsonValue folderId = account.value(u"folderData")[u"folderId"];
        if (const QString folder = folders.value(folderId.toInt(-1));
            folderId.isDouble() && !folder.isEmpty())
            fields.tags.append(folder);
        fields.digits = account.value(u"digits").toInt(0);
        fields.period = account.value(u"timeStep").toInt(30);
        const QString algorithm = account.value(u"algorithm").toString(QStringLiteral("SHA1"));
        const auto hash = ImportBuilder::algorithmFrom(algorithm);
        if (!hash) {
            builder.reject(fields.issuer, fields.name,
                           Error{ErrorCode::UriUnknownAlgorithm, algorithm.left(16)});
            continue;
        }
        fields.algorithm = *hash;
        builder.add(std::move(fields), SecretText::base32(account.value(u"secret").toString()));
    }
    return builder.finish();
}

} // namespace twofold
