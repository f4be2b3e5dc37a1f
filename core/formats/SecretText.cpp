// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretText.h"

#include "encoding/Base32.h"

namespace twofold {

Expected<SecureBytes> SecretText::base32(QStringView text)
{
    return Base32::decode(secureUtf8(text.toString()).toByteArray());
}

Expected<SecureBytes> SecretText::hex(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(ErrorCode::SecretEmpty);
    if (trimmed.size() % 2 != 0)
        return fail(ErrorCode::ImportBadSecret, QStringLiteral("hex"));
    SecureBytes out(static_cast<int>(trimmed.size() / 2));
    for (qsizetype i = 0; i < trimmed.size(); i += 2) {
        bool ok = false;
        const uint value = trimmed.mid(i, 2).toUInt(&ok, 16);
        if (!ok)
            return fail(ErrorCode::ImportBadSecret, QStringLiteral("hex"));
        out[static_cast<int>(i / 2)] = static_cast<char>(value);
    }
    return out;
}

Expected<SecureBytes> SecretText::base64(QStringView text)
{
    const QByteArray ascii = text.trimmed().toLatin1();
    if (ascii.isEmpty())
        return fail(ErrorCode::SecretEmpty);
    const auto options = ascii.contains('-') || ascii.contains('_') ? QByteArray::Base64UrlEncoding
                                                                    : QByteArray::Base64Encoding;
    auto decoded = QByteArray::fromBase64Encoding(ascii, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(ErrorCode::ImportBadSecret, QStringLiteral("base64"));
    SecureBytes out(decoded.decoded);
    decoded.decoded.fill('\0');
    return out;
}

Expected<SecureBytes> SecretText::signedBytes(const QJsonArray &array)
{
    if (array.isEmpty())
        return fail(ErrorCode::SecretEmpty);
    SecureBytes out(static_cast<int>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const double number = value.toDouble(1000);
        if (!value.isDouble() || number < -128 || number > 255 || number != static_cast<int>(number))
            return fail(ErrorCode::ImportBadSecret, QStringLiteral("bytes"));
        out[static_cast<int>(i)] = static_cast<char>(static_cast<int>(number));
    }
    return out;
}

} // namespace twofold
