// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoogleAuthenticatorDbImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/ImportLimits.h"
#include "formats/SecretText.h"
#include "formats/SqliteDatabase.h"

namespace twofold {

namespace {
const QString formatId = QStringLiteral("google-authenticator-db");
const QString table = QStringLiteral("accounts");
const QStringList columns = {QStringLiteral("email"), QStringLiteral("secret"), QStringLiteral("type"),
                             QStringLiteral("counter")};
} // namespace

std::optional<ImportFormat::Protection> GoogleAuthenticatorDbImporter::detect(const ImportInput &input)
{
    if (!SqliteDatabase::holdsTable(input.bytes(), table, columns))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> GoogleAuthenticatorDbImporter::read(const ImportInput &input, const SecureBytes &)
{
    const auto rows = SqliteDatabase::readTable(input.bytes(), formatId, table, ImportLimits::maxEntries);
    if (!rows)
        return std::unexpected(rows.error());
    ImportBuilder builder(formatId);
    for (const QJsonObject &row : *rows) {
        ImportFields fields;
        // The label as otpauth has it: the issuer column wins over a prefix before the first colon.
        const QString label = row.value(u"email").toString();
        const qsizetype colon = label.indexOf(QLatin1Char(':'));
        fields.name = colon < 0 ? label : label.mid(colon + 1).trimmed();
        fields.issuer = row.value(u"issuer").toString();
        if (fields.issuer.isEmpty() && colon >= 0)
            fields.issuer = label.left(colon);
        const qint64 type = row.value(u"type").toInteger(0);
        if (type != 0 && type != 1) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportUnsupportedType, QString::number(type)});
            continue;
        }
        fields.type = type == 1 ? OtpType::Hotp : OtpType::Totp;
        const qint64 counter = row.value(u"counter").toInteger(0);
        if (fields.type == OtpType::Hotp && counter < 0) {
            builder.reject(fields.issuer, fields.name, {ErrorCode::UriBadCounter, QString::number(counter)});
            continue;
        }
        fields.counter = quint64(qMax<qint64>(counter, 0));
        builder.add(std::move(fields), SecretText::base32(row.value(u"secret").toString()));
    }
    return builder.finish();
}

} // namespace twofold
