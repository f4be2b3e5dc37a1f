// SPDX-License-Identifier: GPL-3.0-or-later
#include "uri/MigrationPayload.h"

#include "migration.pb.h"

namespace twofold {

namespace {
constexpr QByteArrayView prefix = "otpauth-migration://offline?";
constexpr qsizetype maxLength = 64 * 1024;

std::unexpected<Error> badData(const char *what)
{
    return fail(ErrorCode::MigrationBadData, QString::fromLatin1(what));
}

// The `data` parameter's value with RFC 3986 percent-decoding only: '+' stays '+', and a space (from a
// tool that form-decoded an un-encoded '+') goes back to '+'.
std::optional<QByteArray> dataParameter(QByteArrayView query)
{
    for (const QByteArrayView pair : QByteArray(query.toByteArray()).split('&')) {
        if (!pair.startsWith("data="))
            continue;
        QByteArray value = QByteArray::fromPercentEncoding(pair.sliced(5).toByteArray());
        value.replace(' ', '+');
        return value;
    }
    return std::nullopt;
}

Expected<OtpAuthUri> account(const migration::MigrationPayload::OtpParameters &entry)
{
    using P = migration::MigrationPayload;
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    switch (entry.algorithm()) {
    case P::ALGORITHM_SHA256:
        algorithm = HashAlgorithm::Sha256;
        break;
    case P::ALGORITHM_SHA512:
        algorithm = HashAlgorithm::Sha512;
        break;
    case P::ALGORITHM_MD5:
        return fail(ErrorCode::UriUnknownAlgorithm, QStringLiteral("MD5"));
    default:
        break;
    }
    const int digits = entry.digits() == P::DIGIT_COUNT_EIGHT ? 8 : 6;
    const OtpType type = entry.type() == P::OTP_TYPE_HOTP ? OtpType::Hotp : OtpType::Totp;
    if (entry.counter() < 0)
        return fail(ErrorCode::UriBadCounter, QString::number(entry.counter()));
    const auto parameters = OtpParameters::create(type, algorithm, digits, OtpParameters::defaultPeriod,
                                                  quint64(entry.counter()));
    if (!parameters)
        return std::unexpected(parameters.error());

    // The name usually carries the issuer as a prefix, like an otpauth label.
    QString issuer = QString::fromStdString(entry.issuer()).trimmed();
    QString name = QString::fromStdString(entry.name());
    if (!issuer.isEmpty() && name.startsWith(issuer + QLatin1Char(':')))
        name = name.sliced(issuer.size() + 1);
    else if (const qsizetype colon = name.indexOf(QLatin1Char(':')); issuer.isEmpty() && colon >= 0) {
        issuer = name.first(colon).trimmed();
        name = name.sliced(colon + 1);
    }
    SecureBytes secret(QByteArray(entry.secret().data(), qsizetype(entry.secret().size())));
    return OtpAuthUri::create(issuer, name.trimmed(), std::move(secret), *parameters);
}
} // namespace

Expected<MigrationPayload> MigrationPayload::parse(QByteArrayView uri)
{
    uri = uri.trimmed();
    if (uri.size() > maxLength)
        return fail(ErrorCode::UriTooLong, QString::number(uri.size()));
    if (uri.size() < prefix.size() || uri.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::UriBadScheme, QString::fromUtf8(uri.first(qMin<qsizetype>(uri.size(), 20))));
    const auto data = dataParameter(uri.sliced(prefix.size()));
    if (!data || data->isEmpty())
        return badData("no data");
    const auto decoded = QByteArray::fromBase64Encoding(*data, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badData("base64");

    migration::MigrationPayload payload;
    if (!payload.ParseFromArray(decoded.decoded.constData(), int(decoded.decoded.size())))
        return badData("protobuf");
    if (payload.otp_parameters_size() == 0)
        return badData("empty");
    // A code without a batch size is a batch of one: its index can only be 0.
    if (payload.batch_size() < 0 || payload.batch_index() < 0 ||
        payload.batch_index() >= qMax(1, payload.batch_size()))
        return badData("batch");

    MigrationPayload result;
    result.version = payload.version();
    result.batchSize = qMax(1, payload.batch_size());
    result.batchIndex = payload.batch_index();
    result.batchId = payload.batch_id();
    for (const auto &entry : payload.otp_parameters()) {
        auto converted = account(entry);
        if (converted)
            result.accounts.append(std::move(*converted));
        else
            result.rejected.append(
                {QString::fromStdString(entry.issuer() + ":" + entry.name()), converted.error()});
    }
    return result;
}

} // namespace twofold
