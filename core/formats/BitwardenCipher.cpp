// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenCipher.h"

#include "crypto/AesCbc.h"
#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "crypto/Hkdf.h"
#include "crypto/Hmac.h"
#include "crypto/Kdf.h"
#include "formats/KdfBudget.h"

#include <QStringList>

#include <cmath>

namespace twofold {

namespace {
constexpr int pbkdf2 = 0;
constexpr int argon2id = 1;
constexpr int macSize = 32;

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, QStringLiteral("bitwarden"), QLatin1StringView(what));
}

// A cost from the file as an unsigned number; anything that is not a small non-negative integer becomes
// a value no bound accepts, so KdfParameters refuses it.
quint32 cost(const QJsonValue &value, quint32 scale = 1)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number) || number * scale > 4e9)
        return std::numeric_limits<quint32>::max();
    return quint32(number) * scale;
}

struct EncString
{
    QByteArray iv;
    QByteArray ciphertext;
    QByteArray mac;
};

Expected<EncString> parseEncString(const QJsonValue &value)
{
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 1)
        return damaged("encrypted string");
    if (text.first(dot) != u"2")
        return failImport(ErrorCode::ImportUnsupported, QStringLiteral("bitwarden"),
                          text.first(qMin(dot, qsizetype(8))), ErrorReason::EncryptionType);
    const QStringList parts = text.sliced(dot + 1).split(u'|');
    if (parts.size() != 3)
        return damaged("encrypted string");
    QList<QByteArray> decoded;
    for (const QString &part : parts) {
        auto bytes = QByteArray::fromBase64Encoding(part.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return damaged("encrypted string");
        decoded.append(bytes.decoded);
    }
    EncString out{decoded.at(0), decoded.at(1), decoded.at(2)};
    if (out.iv.size() != AesCbc::blockSize || out.mac.size() != macSize || out.ciphertext.isEmpty() ||
        out.ciphertext.size() % AesCbc::blockSize != 0)
        return damaged("encrypted string");
    return out;
}

struct Keys
{
    SecureBytes encryption;
    SecureBytes mac;
};

// The MAC is checked before anything is decrypted; nullopt when it does not match.
Expected<std::optional<SecureBytes>> decrypt(const Keys &keys, const EncString &encrypted)
{
    auto mac =
        Hmac::compute(HashAlgorithm::Sha256, keys.mac, QByteArray(encrypted.iv + encrypted.ciphertext));
    if (!mac)
        return std::unexpected(mac.error());
    if (!ConstantTime::equal(*mac, QByteArrayView(encrypted.mac)))
        return std::optional<SecureBytes>();
    auto plain = AesCbc::decrypt(keys.encryption, encrypted.iv, encrypted.ciphertext);
    if (!plain && plain.error().code == ErrorCode::AuthenticationFailed)
        return damaged("padding"); // the MAC matched, so the file was written wrong
    if (!plain)
        return std::unexpected(plain.error());
    return std::optional<SecureBytes>(std::move(*plain));
}

Expected<KdfParameters> kdfParameters(const QJsonObject &root)
{
    const QByteArray salt = root.value(u"salt").toString().toUtf8();
    if (salt.isEmpty())
        return damaged("salt");
    const QJsonValue type = root.value(u"kdfType");
    KdfParameters parameters;
    if (type.isDouble() && type.toDouble() == pbkdf2) {
        parameters.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256;
        parameters.salt = salt; // the salt string's bytes as written, not base64-decoded
        parameters.iterations = cost(root.value(u"kdfIterations"));
    } else if (type.isDouble() && type.toDouble() == argon2id) {
        parameters.algorithm = KdfParameters::Algorithm::Argon2id;
        parameters.salt = Digest::sha256(salt);
        parameters.iterations = cost(root.value(u"kdfIterations"));
        parameters.memoryKiB = cost(root.value(u"kdfMemory"), 1024); // the file gives MiB
        parameters.lanes = cost(root.value(u"kdfParallelism"));
    } else {
        return failImport(ErrorCode::ImportUnsupported, QStringLiteral("bitwarden"),
                          QString::number(type.toDouble(-1)), ErrorReason::Kdf);
    }
    if (const auto valid = parameters.validate(); !valid)
        return std::unexpected(valid.error());
    return parameters;
}
} // namespace

Expected<SecureBytes> BitwardenCipher::open(const QJsonObject &root, const SecureBytes &password)
{
    // Everything that can be checked without the slow KDF is checked first.
    const auto parameters = kdfParameters(root);
    if (!parameters)
        return std::unexpected(parameters.error());
    if (const auto within = KdfBudget::check(QStringLiteral("bitwarden"), 1, KdfBudget::work(*parameters));
        !within)
        return std::unexpected(within.error());
    const auto validation = parseEncString(root.value(u"encKeyValidation_DO_NOT_EDIT"));
    if (!validation)
        return std::unexpected(validation.error());
    const auto data = parseEncString(root.value(u"data"));
    if (!data)
        return std::unexpected(data.error());

    const auto master = Kdf::derive(*parameters, password, 32);
    if (!master)
        return std::unexpected(master.error());
    auto encryption = Hkdf::expand(HashAlgorithm::Sha256, *master, "enc", 32);
    auto mac = Hkdf::expand(HashAlgorithm::Sha256, *master, "mac", 32);
    if (!encryption || !mac)
        return std::unexpected(encryption ? mac.error() : encryption.error());
    const Keys keys{std::move(*encryption), std::move(*mac)};

    const auto check = decrypt(keys, *validation);
    if (!check)
        return std::unexpected(check.error());
    if (!*check)
        return failImport(ErrorCode::ImportWrongPassword, QStringLiteral("bitwarden"));
    auto plain = decrypt(keys, *data);
    if (!plain)
        return std::unexpected(plain.error());
    if (!*plain)
        return damaged("data mac");
    return std::move(**plain);
}

} // namespace twofold
