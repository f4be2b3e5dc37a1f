// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaivoImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/ImportLimits.h"
#include "formats/SecretText.h"
#include "formats/ZipArchive.h"

#include <QJsonArray>

namespace twofold {

namespace {

const QString formatId = QStringLiteral("raivo");
const QString exportFile = QStringLiteral("raivo-otp-export.json");

bool isExportName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1).compare(exportFile, Qt::CaseInsensitive) == 0;
}

// Raivo writes numbers as strings; accept real numbers too. nullopt when neither.
std::optional<qint64> number(const QJsonValue &value, qint64 fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isDouble())
        return value.toDouble() == double(value.toInteger()) ? std::optional(value.toInteger())
                                                             : std::nullopt;
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional(parsed) : std::nullopt;
}

// A value as the file has it, for an error's detail.
QString shown(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toVariant().toString().left(32);
}

void add(ImportBuilder &builder, const QJsonObject &entry)
{
    ImportFields fields;
    fields.issuer = entry.value(u"issuer").toString();
    fields.name = entry.value(u"account").toString();
    const QString kind = entry.value(u"kind").toString(QStringLiteral("TOTP"));
    const auto type = ImportBuilder::typeFrom(kind);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, kind.left(32)});
        return;
    }
    fields.type = *type;
    const QString algorithmName = entry.value(u"algorithm").toString(QStringLiteral("SHA1"));
    const auto algorithm = ImportBuilder::algorithmFrom(algorithmName);
    if (!algorithm) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriUnknownAlgorithm, algorithmName.left(32)});
        return;
    }
    fields.algorithm = *algorithm;
    // Whole numbers out of an OTP's range go on to OtpParameters, which rejects them with their value.
    const auto digits = number(entry.value(u"digits"), 6);
    const auto period = number(entry.value(u"timer"), 30);
    const auto counter = number(entry.value(u"counter"), 0);
    if (!digits || *digits < -1'000'000 || *digits > 1'000'000) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriBadDigits, shown(entry.value(u"digits"))});
        return;
    }
    if (!period || *period < -1'000'000 || *period > 1'000'000) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriBadPeriod, shown(entry.value(u"timer"))});
        return;
    }
    if (!counter || *counter < 0) {
        builder.reject(fields.issuer, fields.name,
                       {ErrorCode::UriBadCounter, shown(entry.value(u"counter"))});
        return;
    }
    fields.digits = fields.type == OtpType::Steam ? 0 : int(*digits);
    fields.period = fields.type == OtpType::Hotp ? 30 : int(*period); // `timer` means nothing for HOTP
    fields.counter = quint64(*counter);
    builder.add(std::move(fields), SecretText::base32(entry.value(u"secret").toString()));
}

} // namespace

std::optional<ImportFormat::Protection> RaivoImporter::detect(const ImportInput &input)
{
    const QStringList names = ZipArchive::names(input.bytes());
    if (!std::any_of(names.begin(), names.end(), isExportName))
        return std::nullopt;
    return ImportFormat::Protection::Password;
}

Expected<ImportResult> RaivoImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const auto json = ZipArchive::readFile(input.bytes(), formatId, exportFile, password);
    if (!json)
        return std::unexpected(json.error());
    const ImportInput inner(json->toByteArray());
    if (!inner.json() || !inner.json()->isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("payload"));
    const QJsonArray entries = inner.json()->array();
    if (entries.size() > ImportLimits::maxEntries)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    ImportBuilder builder(formatId);
    for (const QJsonValue &value : entries)
        add(builder, value.toObject());
    return builder.finish();
}

} // namespace twofold
