// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxCompositeKey.h"

#include "crypto/Digest.h"
#include "crypto/WipedBytes.h"
#include "formats/kdbx/KdbxError.h"

#include <QXmlStreamReader>

#include <optional>

namespace twofold {

namespace {

bool isHex(QByteArrayView text)
{
    for (char c : text) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

SecureBytes secureFrom(QByteArray &plain)
{
    SecureBytes secure(plain);
    WipedBytes::wipe(plain);
    return secure;
}

// The key of a KeePass XML key file; nullopt when the file is not one (then it is hashed like any file).
std::optional<Expected<SecureBytes>> xmlKey(const QByteArray &file)
{
    QXmlStreamReader xml(file);
    QString version;
    QString hash;
    QString data;
    bool isKeyFile = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return std::nullopt;
        if (!xml.isStartElement())
            continue;
        if (!isKeyFile && xml.name() != u"KeyFile")
            return std::nullopt;
        isKeyFile = true;
        if (xml.name() == u"Version") {
            version = xml.readElementText();
        } else if (xml.name() == u"Data") {
            hash = xml.attributes().value(u"Hash").toString();
            data = xml.readElementText();
        }
    }
    if (xml.hasError() || !isKeyFile || data.isEmpty())
        return std::nullopt;
    QByteArray key;
    if (version.startsWith(u"1.")) {
        const auto decoded =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        key = decoded.decoded;
    } else if (version.startsWith(u"2.")) {
        QByteArray hex = data.toLatin1();
        hex.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        if (hex.size() != 64 || !isHex(hex))
            return KdbxError::damaged("key file");
        key = QByteArray::fromHex(hex);
        WipedBytes::wipe(hex);
        SecureBytes secure = secureFrom(key);
        const QByteArray check = Digest::sha256Secret(secure).toByteArray().first(4).toHex();
        if (!hash.isEmpty() && QString::fromLatin1(check).compare(hash, Qt::CaseInsensitive) != 0)
            return KdbxError::damaged("key file");
        WipedBytes::wipe(data);
        return secure;
    } else {
        return std::nullopt;
    }
    WipedBytes::wipe(data);
    return secureFrom(key);
}

} // namespace

Expected<SecureBytes> KdbxCompositeKey::keyFileKey(const SecureBytes &keyFile)
{
    const WipedBytes file(keyFile);
    if (file.bytes().trimmed().startsWith('<')) {
        if (auto key = xmlKey(file.bytes()))
            return std::move(*key);
    }
    if (file.bytes().size() == 32)
        return keyFile;
    if (file.bytes().size() == 64 && isHex(file.bytes())) {
        QByteArray key = QByteArray::fromHex(file.bytes());
        return secureFrom(key);
    }
    return Digest::sha256Secret(keyFile);
}

Expected<SecureBytes> KdbxCompositeKey::make(const SecureBytes &password, const SecureBytes &keyFile)
{
    SecureBytes parts;
    if (!password.isEmpty())
        parts.append(Digest::sha256Secret(password));
    if (!keyFile.isEmpty()) {
        const auto key = keyFileKey(keyFile);
        if (!key)
            return std::unexpected(key.error());
        parts.append(*key);
    }
    return Digest::sha256Secret(parts);
}

} // namespace twofold
