// SPDX-License-Identifier: GPL-3.0-or-later
#include "MicrosoftAuthenticatorImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/ImportLimits.h"
#include "formats/SecretText.h"
#include "formats/SqliteDatabase.h"

namespace twofold {

namespace {
const QString formatId = QStringLiteral("microsoft-authenticator");
const QString table = QStringLiteral("accounts");
const QStringList columns = {QStringLiteral("name"), QStringLiteral("username"),
                             QStringLiteral("oath_secret_key"), QStringLiteral("account_type")};
} // namespace

std::optional<ImportFormat::Protection> MicrosoftAuthenticatorImporter::detect(const ImportInput &input)
{
    if (!SqliteDatabase::holdsTable(input.bytes(), table, columns))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> MicrosoftAuthenticatorImporter::read(const ImportInput &input, const SecureBytes &)
{
    const auto rows = SqliteDatabase::readTable(input.bytes(), formatId, table, ImportLimits::maxEntries);
    if (!rows)
        return std::unexpected(rows.error());
    ImportBuilder builder(formatId);
    for (const QJsonObject &row : *rows) {
        ImportFields fields;
        fields.issuer = row.value(u"name").toString();
        fields.name = row.value(u"username").toString();
        const qint64 type = row.value(u"account_type").toInteger(-1);
        const QString secretText = row.value(u"oath_secret_key").toString();
        Expected<SecureBytes> secret = fail(ErrorCode::SecretEmpty);
        if (type == 0) {
            secret = SecretText::base32(secretText);
        } else if (type == 1) {
            fields.digits = 8;
            secret = SecretText::base64(secretText);
        } else {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportUnsupportedType, QStringLiteral("account_type %1").arg(type)});
            continue;
        }
        builder.add(std::move(fields), std::move(secret));
    }
    return builder.finish();
}

} // namespace twofold
