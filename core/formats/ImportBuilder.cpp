// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBuilder.h"

#include "formats/ImportLimits.h"
#include "formats/TextLines.h"

#include <QUrl>

namespace twofold {

namespace {

std::optional<QString> tooLongField(const ImportFields &fields, qsizetype limit)
{
    const auto tooLong = [limit](const QString &text) { return text.toUtf8().size() > limit; };
    if (tooLong(fields.issuer))
        return QStringLiteral("issuer");
    if (tooLong(fields.name))
        return QStringLiteral("name");
    if (tooLong(fields.note))
        return QStringLiteral("note");
    for (const QString &tag : fields.tags) {
        if (tooLong(tag))
            return QStringLiteral("tag");
    }
    return std::nullopt;
}

// The label of a URI that did not validate, as far as it can be read, so the user can find the entry.
QString uriLabel(QByteArrayView uri)
{
    const qsizetype scheme = uri.indexOf("://");
    if (scheme < 0)
        return QString::fromUtf8(uri.first(qMin<qsizetype>(uri.size(), 40)));
    QByteArrayView path = uri.sliced(scheme + 3);
    path = path.first(qMin(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'), qsizetype(200)));
    const qsizetype slash = path.indexOf('/');
    return QUrl::fromPercentEncoding(path.sliced(slash + 1).toByteArray()).left(64);
}

} // namespace

ImportBuilder::ImportBuilder(QString format)
    : m_maxFieldBytes(ImportLimits::maxFieldBytes)
{
    m_result.format = std::move(format);
}

void ImportBuilder::add(ImportFields fields, Expected<SecureBytes> secret)
{
    if (!secret) {
        reject(fields.issuer, fields.name, secret.error());
        return;
    }
    fields.secret = std::move(*secret);
    add(fields);
}

void ImportBuilder::add(const ImportFields &fields)
{
    ++m_entries;
    if (const auto field = tooLongField(fields, m_maxFieldBytes)) {
        m_result.rejected.append({label(fields.issuer.left(64), fields.name.left(64)),
                                  Error{ErrorCode::ImportFieldTooLong, *field}});
        return;
    }
    const int digits = fields.digits != 0              ? fields.digits
                       : fields.type == OtpType::Steam ? OtpParameters::steamDigits
                                                       : OtpParameters::defaultDigits;
    auto parameters =
        OtpParameters::create(fields.type, fields.algorithm, digits, fields.period, fields.counter);
    if (!parameters) {
        m_result.rejected.append({label(fields.issuer, fields.name), parameters.error()});
        return;
    }
    auto otp = OtpAuthUri::create(fields.issuer, fields.name, fields.secret, *parameters);
    if (!otp) {
        m_result.rejected.append({label(fields.issuer, fields.name), otp.error()});
        return;
    }
    accept({std::move(*otp), fields.tags, fields.note, fields.favourite});
}

void ImportBuilder::addUriLines(const QByteArray &text)
{
    for (QByteArray line : TextLines::of(text)) {
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        addUri(line);
    }
}

void ImportBuilder::addUri(QByteArrayView uri, const ImportFields &extra)
{
    auto parsed = OtpAuthUri::parse(uri);
    if (!parsed) {
        ++m_entries;
        m_result.rejected.append(
            {extra.issuer.isEmpty() && extra.name.isEmpty() ? uriLabel(uri) : label(extra.issuer, extra.name),
             parsed.error()});
        return;
    }
    addOtp(*parsed, extra);
}

void ImportBuilder::addOtp(const OtpAuthUri &otp, const ImportFields &extra)
{
    ImportFields fields = extra;
    fields.issuer = otp.issuer().isEmpty() ? extra.issuer : otp.issuer();
    fields.name = otp.name().isEmpty() ? extra.name : otp.name();
    fields.secret = otp.secret();
    const OtpParameters &parameters = otp.parameters();
    fields.type = parameters.type();
    fields.algorithm = parameters.algorithm();
    fields.digits = parameters.digits();
    fields.period = parameters.period();
    fields.counter = parameters.counter();
    add(fields);
}

void ImportBuilder::reject(const QString &issuer, const QString &name, Error error)
{
    ++m_entries;
    m_result.rejected.append({label(issuer, name), std::move(error)});
}

Expected<ImportResult> ImportBuilder::finish()
{
    if (m_entries > ImportLimits::maxEntries)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    return std::move(m_result);
}

std::optional<OtpType> ImportBuilder::typeFrom(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"totp")
        return OtpType::Totp;
    if (lower == u"hotp")
        return OtpType::Hotp;
    if (lower == u"steam")
        return OtpType::Steam;
    return std::nullopt;
}

std::optional<HashAlgorithm> ImportBuilder::algorithmFrom(QStringView name)
{
    QString upper = name.trimmed().toString().toUpper();
    if (upper.startsWith(u"HMAC"))
        upper.remove(0, 4);
    upper.remove(QLatin1Char('-'));
    if (upper == u"SHA1")
        return HashAlgorithm::Sha1;
    if (upper == u"SHA256")
        return HashAlgorithm::Sha256;
    if (upper == u"SHA512")
        return HashAlgorithm::Sha512;
    return std::nullopt;
}

QString ImportBuilder::label(const QString &issuer, const QString &name) const
{
    if (issuer.isEmpty() && name.isEmpty())
        return QStringLiteral("#%1").arg(m_entries);
    if (issuer.isEmpty() || name.isEmpty())
        return issuer + name;
    return issuer + QLatin1Char(':') + name;
}

void ImportBuilder::accept(ImportedAccount account)
{
    m_result.accounts.append(std::move(account));
}

} // namespace twofold
