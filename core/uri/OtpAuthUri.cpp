// SPDX-License-Identifier: GPL-3.0-or-later
#include "uri/OtpAuthUri.h"

#include "encoding/Base32.h"
#include "uri/UriQuery.h"

#include <QStringDecoder>

#include <charconv>
#include <limits>
#include <optional>

namespace twofold {

namespace {
constexpr QByteArrayView scheme = "otpauth://";

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Issuer and name are shown to people: valid UTF-8 without control characters (bidi and
// zero-width characters are removed at display time, where the decision about rendering lives).
Expected<QString> text(const QByteArray &bytes, const QString &part)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString result = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorCode::UriNotUtf8, part);
    for (char32_t c : QStringView(result).toUcs4())
        if (isControl(c))
            return fail(ErrorCode::UriControlCharacter, part);
    return result;
}

Expected<void> checkText(const QString &value, const QString &part)
{
    for (char32_t c : QStringView(value).toUcs4())
        if (isControl(c))
            return fail(ErrorCode::UriControlCharacter, part);
    return {};
}

std::optional<quint64> parseUnsigned(QByteArrayView digits)
{
    quint64 value = 0;
    const char *end = digits.data() + digits.size();
    if (digits.isEmpty() || digits[0] < '0' || digits[0] > '9')
        return std::nullopt;
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<HashAlgorithm> algorithmFrom(QByteArray name)
{
    name = name.toUpper().replace('-', QByteArray());
    if (name == "SHA1")
        return HashAlgorithm::Sha1;
    if (name == "SHA256")
        return HashAlgorithm::Sha256;
    if (name == "SHA512")
        return HashAlgorithm::Sha512;
    return std::nullopt;
}

void appendPercentEncoded(SecureBytes &out, const QString &value)
{
    const QByteArray bytes = value.toUtf8().toPercentEncoding();
    out.append(SecureBytes(bytes));
}

void append(SecureBytes &out, QByteArrayView bytes)
{
    out.append(SecureBytes(bytes.toByteArray()));
}

Expected<SecureBytes> validSecret(Expected<SecureBytes> secret)
{
    if (!secret)
        return secret;
    if (secret->isEmpty())
        return fail(ErrorCode::SecretEmpty);
    if (secret->size() > OtpAuthUri::maxSecretBytes)
        return fail(ErrorCode::SecretTooLong, QString::number(secret->size()));
    return secret;
}
} // namespace

Expected<OtpAuthUri> OtpAuthUri::parse(QByteArrayView uri)
{
    if (uri.size() > maxLength)
        return fail(ErrorCode::UriTooLong, QString::number(uri.size()));
    uri = uri.trimmed();
    if (uri.size() < scheme.size() || uri.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0) {
        const qsizetype colon = uri.indexOf(':');
        return fail(
            ErrorCode::UriBadScheme,
            UriQuery::excerpt(colon < 0 ? uri.first(qMin<qsizetype>(uri.size(), 16)) : uri.first(colon)));
    }
    QByteArrayView rest = uri.sliced(scheme.size());
    if (const qsizetype hash = rest.indexOf('#'); hash >= 0)
        rest = rest.first(hash);

    const qsizetype question = rest.indexOf('?');
    const QByteArrayView beforeQuery = question < 0 ? rest : rest.first(question);
    const QByteArrayView queryText = question < 0 ? QByteArrayView() : rest.sliced(question + 1);
    const qsizetype slash = beforeQuery.indexOf('/');
    const QByteArrayView typeText = slash < 0 ? beforeQuery : beforeQuery.first(slash);
    const QByteArrayView labelText = slash < 0 ? QByteArrayView() : beforeQuery.sliced(slash + 1);

    if (typeText.isEmpty())
        return fail(ErrorCode::UriMissingType);
    OtpType type;
    if (typeText.compare("totp", Qt::CaseInsensitive) == 0)
        type = OtpType::Totp;
    else if (typeText.compare("hotp", Qt::CaseInsensitive) == 0)
        type = OtpType::Hotp;
    else if (typeText.compare("steam", Qt::CaseInsensitive) == 0)
        type = OtpType::Steam;
    else
        return fail(ErrorCode::UriUnknownType, UriQuery::excerpt(typeText));

    const auto labelBytes = UriQuery::decode(labelText, false, QStringLiteral("label"));
    if (!labelBytes)
        return std::unexpected(labelBytes.error());
    const auto label = text(*labelBytes, QStringLiteral("label"));
    if (!label)
        return std::unexpected(label.error());

    const auto query = UriQuery::parse(queryText);
    if (!query)
        return std::unexpected(query.error());

    const auto decoded = [&](const char *name) -> Expected<std::optional<QByteArray>> {
        const auto raw = query->value(name);
        if (!raw)
            return std::optional<QByteArray>();
        return UriQuery::decode(*raw, true, QString::fromLatin1(name)).transform([](QByteArray v) {
            return std::optional(std::move(v));
        });
    };

    if (const auto encoder = decoded("encoder"); !encoder) {
        return std::unexpected(encoder.error());
    } else if (*encoder) {
        if ((*encoder)->compare("steam", Qt::CaseInsensitive) != 0)
            return fail(ErrorCode::UriUnknownEncoder, UriQuery::excerpt(**encoder));
        type = OtpType::Steam;
    }

    const auto rawSecret = query->value("secret");
    if (!rawSecret)
        return fail(ErrorCode::UriMissingSecret);
    auto secretText = UriQuery::decodeSecret(*rawSecret, false, QStringLiteral("secret"));
    if (!secretText)
        return std::unexpected(secretText.error());
    if (secretText->isEmpty())
        return fail(ErrorCode::UriMissingSecret);
    auto secret = validSecret(Base32::decode(QByteArrayView(secretText->constData(), secretText->size())));
    if (!secret)
        return std::unexpected(secret.error());

    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    const auto algorithmText = decoded("algorithm");
    if (!algorithmText)
        return std::unexpected(algorithmText.error());
    if (*algorithmText) {
        const auto found = algorithmFrom(**algorithmText);
        if (!found)
            return fail(ErrorCode::UriUnknownAlgorithm, UriQuery::excerpt(**algorithmText));
        algorithm = *found;
    }

    int digits = type == OtpType::Steam ? OtpParameters::steamDigits : OtpParameters::defaultDigits;
    const auto digitsText = decoded("digits");
    if (!digitsText)
        return std::unexpected(digitsText.error());
    if (*digitsText) {
        const auto value = parseUnsigned(**digitsText);
        if (!value)
            return fail(ErrorCode::UriBadDigits, UriQuery::excerpt(**digitsText));
        if (*value > 1000)
            return fail(ErrorCode::DigitsOutOfRange, UriQuery::excerpt(**digitsText));
        digits = static_cast<int>(*value);
    }

    // HOTP URIs in the wild carry a meaningless `period` (Ente); only time-based types read it.
    int period = OtpParameters::defaultPeriod;
    if (type != OtpType::Hotp) {
        const auto periodText = decoded("period");
        if (!periodText)
            return std::unexpected(periodText.error());
        if (*periodText) {
            const auto value = parseUnsigned(**periodText);
            if (!value)
                return fail(ErrorCode::UriBadPeriod, UriQuery::excerpt(**periodText));
            if (*value > static_cast<quint64>(std::numeric_limits<int>::max()))
                return fail(ErrorCode::PeriodOutOfRange, UriQuery::excerpt(**periodText));
            period = static_cast<int>(*value);
        }
    }

    quint64 counter = 0;
    if (type == OtpType::Hotp) {
        const auto counterText = decoded("counter");
        if (!counterText)
            return std::unexpected(counterText.error());
        if (!*counterText)
            return fail(ErrorCode::UriMissingCounter);
        const auto value = parseUnsigned(**counterText);
        if (!value)
            return fail(ErrorCode::UriBadCounter, UriQuery::excerpt(**counterText));
        counter = *value;
    }

    auto parameters = OtpParameters::create(type, algorithm, digits, period, counter);
    if (!parameters)
        return std::unexpected(parameters.error());

    OtpAuthUri result;
    const auto issuerBytes = decoded("issuer");
    if (!issuerBytes)
        return std::unexpected(issuerBytes.error());
    std::optional<QString> issuerParameter;
    if (*issuerBytes) {
        const auto issuer = text(**issuerBytes, QStringLiteral("issuer"));
        if (!issuer)
            return std::unexpected(issuer.error());
        issuerParameter = issuer->trimmed();
    }

    // Label: "issuer:name" or "name". The issuer parameter wins over the label prefix; when the
    // label starts with exactly that issuer, the whole issuer (even one with a colon) is the prefix.
    QString name = *label;
    QString labelIssuer;
    if (issuerParameter && !issuerParameter->isEmpty() &&
        name.startsWith(*issuerParameter + QLatin1Char(':'))) {
        labelIssuer = *issuerParameter;
        name = name.sliced(issuerParameter->size() + 1);
    } else if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon >= 0) {
        labelIssuer = name.first(colon).trimmed();
        name = name.sliced(colon + 1);
    }
    result.m_issuer = issuerParameter && !issuerParameter->isEmpty() ? *issuerParameter : labelIssuer;
    result.m_name = name.trimmed();
    result.m_secret = std::move(*secret);
    result.m_parameters = *parameters;

    const auto image = decoded("image");
    if (!image)
        return std::unexpected(image.error());
    if (*image) {
        const auto url = text(**image, QStringLiteral("image"));
        if (!url)
            return std::unexpected(url.error());
        result.m_imageUrl = *url;
    }
    return result;
}

Expected<OtpAuthUri> OtpAuthUri::create(QString issuer, QString name, SecureBytes secret,
                                        OtpParameters parameters)
{
    issuer = issuer.trimmed();
    name = name.trimmed();
    if (const auto ok = checkText(issuer, QStringLiteral("issuer")); !ok)
        return std::unexpected(ok.error());
    if (const auto ok = checkText(name, QStringLiteral("label")); !ok)
        return std::unexpected(ok.error());
    auto valid = validSecret(std::move(secret));
    if (!valid)
        return std::unexpected(valid.error());

    OtpAuthUri result;
    result.m_issuer = std::move(issuer);
    result.m_name = std::move(name);
    result.m_secret = std::move(*valid);
    result.m_parameters = parameters;
    return result;
}

SecureBytes OtpAuthUri::toUri() const
{
    SecureBytes out;
    append(out, scheme);
    append(out, otpTypeName(m_parameters.type()).toLatin1());
    append(out, "/");
    // The parser strips an exact "issuer:" prefix, so issuers with colons survive; an empty issuer with
    // a colon in the name gets an empty prefix so the name is not split on re-parse.
    if (!m_issuer.isEmpty()) {
        appendPercentEncoded(out, m_issuer);
        append(out, ":");
    } else if (m_issuer.isEmpty() && m_name.contains(QLatin1Char(':'))) {
        append(out, ":");
    }
    appendPercentEncoded(out, m_name);
    append(out, "?secret=");
    out.append(Base32::encode(m_secret));
    if (!m_issuer.isEmpty()) {
        append(out, "&issuer=");
        appendPercentEncoded(out, m_issuer);
    }
    append(out, "&algorithm=");
    append(out, hashAlgorithmName(m_parameters.algorithm()).toLatin1());
    append(out, "&digits=");
    append(out, QByteArray::number(m_parameters.digits()));
    if (m_parameters.type() == OtpType::Hotp) {
        append(out, "&counter=");
        append(out, QByteArray::number(m_parameters.counter()));
    } else {
        append(out, "&period=");
        append(out, QByteArray::number(m_parameters.period()));
    }
    if (!m_imageUrl.isEmpty()) {
        append(out, "&image=");
        appendPercentEncoded(out, m_imageUrl);
    }
    return out;
}

} // namespace twofold
