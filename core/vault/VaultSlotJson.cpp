// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultSlotJson.h"

#include "crypto/Aead.h"

#include <QJsonValue>

namespace twofold {

namespace {
std::unexpected<Error> damaged(const char *what)
{
    return fail(ErrorCode::VaultDamaged, QString::fromLatin1(what));
}

QString kdfName(KdfParameters::Algorithm algorithm)
{
    switch (algorithm) {
    case KdfParameters::Algorithm::Argon2id:
        return QStringLiteral("argon2id");
    case KdfParameters::Algorithm::Scrypt:
        return QStringLiteral("scrypt");
    case KdfParameters::Algorithm::Pbkdf2Sha256:
        return QStringLiteral("pbkdf2-sha256");
    }
    Q_UNREACHABLE();
}

// A cost that is no whole number reads as 0, which validate() rejects.
quint64 cost(const QJsonObject &object, const char *key)
{
    return VaultSlotJson::wholeNumber(object.value(QLatin1String(key)));
}

quint32 cost32(const QJsonObject &object, const char *key)
{
    const quint64 value = cost(object, key);
    return value > 0xffffffffu ? 0 : quint32(value);
}

} // namespace

quint64 VaultSlotJson::wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (number < 0 || number > 9007199254740992.0 || number != double(quint64(number)))
        return 0;
    return quint64(number);
}

QString VaultSlotJson::base64(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

std::optional<QByteArray> VaultSlotJson::fromBase64(const QJsonValue &value)
{
    const auto result =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? std::optional(result.decoded) : std::nullopt;
}

QJsonObject VaultSlotJson::write(const VaultSlot &slot)
{
    QJsonObject object{{QStringLiteral("nonce"), base64(slot.nonce)},
                       {QStringLiteral("key"), base64(slot.sealedKey)}};
    if (slot.type == VaultSlot::Type::Keyring) {
        object.insert(QStringLiteral("type"), QStringLiteral("keyring"));
        object.insert(QStringLiteral("id"), slot.keyringId);
        return object;
    }
    object.insert(QStringLiteral("type"), QStringLiteral("password"));
    const KdfParameters &kdf = slot.kdf;
    QJsonObject kdfObject{{QStringLiteral("algorithm"), kdfName(kdf.algorithm)},
                          {QStringLiteral("salt"), base64(kdf.salt)}};
    switch (kdf.algorithm) {
    case KdfParameters::Algorithm::Argon2id:
        kdfObject.insert(QStringLiteral("memoryKiB"), double(kdf.memoryKiB));
        kdfObject.insert(QStringLiteral("iterations"), double(kdf.iterations));
        kdfObject.insert(QStringLiteral("lanes"), double(kdf.lanes));
        break;
    case KdfParameters::Algorithm::Scrypt:
        kdfObject.insert(QStringLiteral("n"), double(kdf.scryptN));
        kdfObject.insert(QStringLiteral("r"), double(kdf.scryptR));
        kdfObject.insert(QStringLiteral("p"), double(kdf.scryptP));
        break;
    case KdfParameters::Algorithm::Pbkdf2Sha256:
        kdfObject.insert(QStringLiteral("iterations"), double(kdf.iterations));
        break;
    }
    object.insert(QStringLiteral("kdf"), kdfObject);
    return object;
}

Expected<VaultSlot> VaultSlotJson::read(const QJsonObject &object)
{
    VaultSlot slot;
    const auto nonce = fromBase64(object.value(QStringLiteral("nonce")));
    const auto key = fromBase64(object.value(QStringLiteral("key")));
    if (!nonce || nonce->size() != Aead::nonceSize || !key || key->size() != Aead::keySize + Aead::tagSize)
        return damaged("slot");
    slot.nonce = *nonce;
    slot.sealedKey = *key;
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("keyring")) {
        slot.type = VaultSlot::Type::Keyring;
        slot.keyringId = object.value(QStringLiteral("id")).toString();
        return slot;
    }
    if (type != QLatin1String("password"))
        return damaged("slot");
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    const QString algorithm = kdf.value(QStringLiteral("algorithm")).toString();
    const auto salt = fromBase64(kdf.value(QStringLiteral("salt")));
    if (!salt)
        return damaged("kdf");
    slot.kdf.salt = *salt;
    if (algorithm == QLatin1String("argon2id")) {
        slot.kdf.algorithm = KdfParameters::Algorithm::Argon2id;
        slot.kdf.memoryKiB = cost32(kdf, "memoryKiB");
        slot.kdf.iterations = cost32(kdf, "iterations");
        slot.kdf.lanes = cost32(kdf, "lanes");
    } else if (algorithm == QLatin1String("scrypt")) {
        slot.kdf.algorithm = KdfParameters::Algorithm::Scrypt;
        slot.kdf.scryptN = cost(kdf, "n");
        slot.kdf.scryptR = cost32(kdf, "r");
        slot.kdf.scryptP = cost32(kdf, "p");
    } else if (algorithm == QLatin1String("pbkdf2-sha256")) {
        slot.kdf.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256;
        slot.kdf.iterations = cost32(kdf, "iterations");
    } else {
        return damaged("kdf");
    }
    if (const auto valid = slot.kdf.validate(); !valid)
        return std::unexpected(valid.error());
    return slot;
}

} // namespace twofold
