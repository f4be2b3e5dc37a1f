// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxEntry.h"

#include "crypto/WipedBytes.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"

namespace twofold {

namespace {

QByteArrayView view(const SecureBytes &bytes)
{
    return {bytes.constData(), bytes.size()};
}

Expected<SecureBytes> base32(QByteArrayView text)
{
    const QString latin = QString::fromLatin1(text);
    auto secret = SecretText::base32(latin);
    WipedBytes::wipe(latin);
    return secret;
}

// KeeOtp's "key=BASE32&step=30&size=6&otpHashMode=SHA256", as KeePassXC reads it.
void addKeeOtp(ImportBuilder &builder, ImportFields fields, QByteArrayView text)
{
    // Plain copies of the secret-bearing text, wiped before returning.
    const QByteArray copy = text.toByteArray();
    const QList<QByteArray> parts = copy.split('&');
    std::optional<Expected<SecureBytes>> secret;
    std::optional<Error> problem;
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        const QByteArrayView name = QByteArrayView(part).first(qMax<qsizetype>(equals, 0));
        const QByteArrayView value = equals < 0 ? QByteArrayView() : QByteArrayView(part).sliced(equals + 1);
        if (name == "key") {
            secret = base32(value);
        } else if (name == "step") {
            fields.period = value.toInt();
        } else if (name == "size") {
            fields.digits = value.toInt();
        } else if (name == "otpHashMode") {
            const auto algorithm = ImportBuilder::algorithmFrom(QString::fromLatin1(value));
            if (algorithm)
                fields.algorithm = *algorithm;
            else
                problem = Error{ErrorCode::UriUnknownAlgorithm,
                                QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 16)))};
        }
    }
    for (const QByteArray &part : parts)
        WipedBytes::wipe(part);
    WipedBytes::wipe(copy);
    if (!problem && !secret)
        problem = Error{ErrorCode::ImportMissingField, QStringLiteral("secret")};
    if (problem) {
        builder.reject(fields.issuer, fields.name, *problem);
        return;
    }
    builder.add(std::move(fields), std::move(*secret));
}

// The older pair: a base32 seed and "period;digits" (digits "S" for Steam; a third part names an encoder).
void addSeed(ImportBuilder &builder, ImportFields fields, QByteArrayView seed, QByteArrayView settings)
{
    const QList<QByteArray> parts = settings.toByteArray().split(';');
    if (!settings.isEmpty()) {
        bool periodOk = false;
        fields.period = parts.value(0).toInt(&periodOk);
        const QByteArray digits = parts.value(1).trimmed();
        bool digitsOk = digits == "S";
        if (digitsOk)
            fields.type = OtpType::Steam;
        else
            fields.digits = digits.toInt(&digitsOk);
        if (!periodOk || !digitsOk) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportMissingField, QStringLiteral("TOTP Settings")});
            return;
        }
        if (parts.value(2).trimmed().compare("S", Qt::CaseInsensitive) == 0 ||
            parts.value(2).trimmed().compare("steam", Qt::CaseInsensitive) == 0)
            fields.type = OtpType::Steam;
    }
    if (fields.type == OtpType::Steam) {
        fields.digits = 0;
        fields.period = OtpParameters::defaultPeriod;
    }
    builder.add(std::move(fields), base32(seed));
}

} // namespace

void KdbxEntry::addTo(ImportBuilder &builder) const
{
    ImportFields fields;
    fields.issuer = title;
    fields.name = userName;
    fields.tags = tags;
    const QByteArrayView value = otp.isEmpty() ? view(seed) : view(otp);
    if (value.trimmed().startsWith("otpauth://")) {
        const auto parsed = OtpAuthUri::parse(value.trimmed());
        if (!parsed) {
            builder.reject(title, userName, parsed.error());
            return;
        }
        // The entry's own title and user name, as KeePassXC shows them; the URI's label when they are empty.
        if (fields.issuer.isEmpty())
            fields.issuer = parsed->issuer();
        if (fields.name.isEmpty())
            fields.name = parsed->name();
        const OtpParameters &parameters = parsed->parameters();
        fields.secret = parsed->secret();
        fields.type = parameters.type();
        fields.algorithm = parameters.algorithm();
        fields.digits = parameters.digits();
        fields.period = parameters.period();
        fields.counter = parameters.counter();
        builder.add(fields);
        return;
    }
    if (!otp.isEmpty()) {
        addKeeOtp(builder, std::move(fields), view(otp));
        return;
    }
    addSeed(builder, std::move(fields), view(seed).trimmed(), view(settings).trimmed());
}

} // namespace twofold
