// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeOtpToken.h"

#include <cmath>

namespace twofold {

namespace {

QString firstNonEmpty(const QJsonObject &token, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        const QString value = token.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// A whole JSON number in [min, max], or nullopt (absent values take `fallback`). Whole numbers out of
// an OTP's range but within [min, max] are left for OtpParameters to reject with their value.
std::optional<qint64> integer(const QJsonValue &value, qint64 fallback, double min, double max)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!(number >= min && number <= max) || number != std::floor(number))
        return std::nullopt;
    return qint64(number);
}

// A value as the file has it, for an error's detail.
QString shown(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toVariant().toString().left(32);
}

} // namespace

QString FreeOtpToken::issuer(const QJsonObject &token)
{
    return firstNonEmpty(token, {u"issuerAlt", u"issuerExt", u"issuerInt"});
}

QString FreeOtpToken::name(const QJsonObject &token)
{
    return firstNonEmpty(token, {u"labelAlt", u"label"});
}

void FreeOtpToken::add(ImportBuilder &builder, const QJsonObject &token, SecureBytes secret, Counter counter)
{
    ImportFields fields;
    fields.issuer = issuer(token);
    fields.name = name(token);
    const QString typeName = token.value(u"type").toString(QStringLiteral("TOTP"));
    const auto type = ImportBuilder::typeFrom(typeName);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, typeName.left(32)});
        return;
    }
    fields.type = *type;
    // FreeOTP 2 writes no algo for SHA1 tokens (null or absent).
    const QString algorithmName = token.value(u"algo").toString(QStringLiteral("SHA1"));
    const auto algorithm = ImportBuilder::algorithmFrom(algorithmName);
    if (!algorithm) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriUnknownAlgorithm, algorithmName.left(32)});
        return;
    }
    fields.algorithm = *algorithm;
    const auto digits = integer(token.value(u"digits"), 6, -1e6, 1e6);
    if (!digits) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriBadDigits, shown(token.value(u"digits"))});
        return;
    }
    fields.digits = int(*digits);
    if (fields.type != OtpType::Hotp) {
        const auto period = integer(token.value(u"period"), 30, -1e6, 1e6);
        if (!period) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::UriBadPeriod, shown(token.value(u"period"))});
            return;
        }
        fields.period = int(*period);
        // FreeOTP has no Steam type: it shows a TOTP token whose label issuer is "Steam" as a Steam code.
        if (fields.type == OtpType::Steam || token.value(u"issuerExt").toString() == u"Steam") {
            fields.type = OtpType::Steam;
            fields.digits = 0; // Steam's own five characters
        }
    } else {
        // Up to 2^53 - 1, the largest whole number a JSON double holds exactly.
        const auto stored = integer(token.value(u"counter"), 0, 0, 9007199254740991.0);
        if (!stored) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::UriBadCounter, shown(token.value(u"counter"))});
            return;
        }
        fields.counter = quint64(*stored) + (counter == Counter::StoredMinusOne ? 1 : 0);
    }
    fields.secret = std::move(secret);
    builder.add(fields);
}

} // namespace twofold
