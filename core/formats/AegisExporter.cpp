// SPDX-License-Identifier: GPL-3.0-or-later
#include "AegisExporter.h"

#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "encoding/Base32.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold {

namespace {

// A JSON string literal, escaped by Qt's own writer. For names, notes and tags only, never secrets.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

// A version 4 uuid from the injected random source, so tests can make files reproducible.
QUuid randomUuid(RandomSource &random)
{
    QByteArray raw = random.bytes(16).toByteArray();
    raw[6] = char((raw[6] & 0x0f) | 0x40);
    raw[8] = char((raw[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(raw);
}

QByteArray quoted(const QUuid &uuid)
{
    return '"' + uuid.toByteArray(QUuid::WithoutBraces) + '"';
}

// The content JSON, built as bytes in secure memory so that no unwiped copy of a secret is left behind
// (QJsonDocument would hold each one in a QString).
SecureBytes content(const QList<ExportAccount> &accounts, RandomSource &random)
{
    QList<QString> groupNames;
    QHash<QString, QUuid> groupIds;
    SecureBytes out(
        QByteArray("{\"version\":" + QByteArray::number(AegisExporter::contentVersion) + ",\"entries\":["));
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const ExportAccount &account = accounts.at(i);
        const OtpAuthUri &otp = account.otp;
        const OtpParameters &parameters = otp.parameters();
        QByteArray head = i == 0 ? "{" : ",{";
        head += "\"type\":" + jsonString(otpTypeName(parameters.type()));
        head += ",\"uuid\":" + quoted(account.uuid.isNull() ? randomUuid(random) : account.uuid);
        head += ",\"name\":" + jsonString(otp.name());
        head += ",\"issuer\":" + jsonString(otp.issuer());
        head += ",\"note\":" + jsonString(account.note);
        head += ",\"favorite\":" + QByteArray(account.favourite ? "true" : "false");
        head += ",\"icon\":null,\"info\":{\"secret\":\"";
        out.append(SecureBytes(head));
        out.append(Base32::encode(otp.secret()));

        QByteArray tail = "\",\"algo\":" + jsonString(hashAlgorithmName(parameters.algorithm()));
        tail += ",\"digits\":" + QByteArray::number(parameters.digits());
        if (parameters.isTimeBased())
            tail += ",\"period\":" + QByteArray::number(parameters.period());
        else
            tail += ",\"counter\":" + QByteArray::number(parameters.counter());
        tail += "},\"groups\":[";
        QList<QUuid> entryGroups;
        for (const QString &tag : account.tags) {
            if (tag.isEmpty())
                continue;
            if (!groupIds.contains(tag)) {
                groupIds.insert(tag, randomUuid(random));
                groupNames.append(tag);
            }
            if (!entryGroups.contains(groupIds.value(tag))) {
                tail += QByteArray(entryGroups.isEmpty() ? "" : ",") + quoted(groupIds.value(tag));
                entryGroups.append(groupIds.value(tag));
            }
        }
        tail += "]}";
        out.append(SecureBytes(tail));
    }

    QByteArray end = "],\"groups\":[";
    for (qsizetype i = 0; i < groupNames.size(); ++i) {
        end += QByteArray(i == 0 ? "" : ",") + "{\"uuid\":" + quoted(groupIds.value(groupNames.at(i))) +
               ",\"name\":" + jsonString(groupNames.at(i)) + "}";
    }
    end += "],\"icons_optimized\":true}";
    out.append(SecureBytes(end));
    return out;
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

} // namespace

Expected<QByteArray> AegisExporter::write(const QList<ExportAccount> &accounts, const SecureBytes &password,
                                          RandomSource &random)
{
    const SecureBytes plaintext = content(accounts, random);
    if (password.isEmpty()) {
        return QByteArray("{\"version\":1,\"header\":{\"slots\":null,\"params\":null},\"db\":") +
               plaintext.toByteArray() + "}\n";
    }

    const SecureBytes masterKey = random.bytes(Aead::keySize);
    KdfParameters kdf;
    kdf.algorithm = KdfParameters::Algorithm::Scrypt;
    kdf.salt = random.bytes(saltSize).toByteArray();
    kdf.scryptN = scryptN;
    kdf.scryptR = scryptR;
    kdf.scryptP = scryptP;
    const auto slotKey = Kdf::derive(kdf, password, Aead::keySize);
    if (!slotKey)
        return std::unexpected(slotKey.error());
    const QByteArray keyNonce = random.bytes(Aead::nonceSize).toByteArray();
    const auto wrappedKey = Aead::seal(*slotKey, keyNonce, masterKey);
    const QByteArray nonce = random.bytes(Aead::nonceSize).toByteArray();
    const auto sealed = Aead::seal(masterKey, nonce, plaintext);
    if (!wrappedKey)
        return std::unexpected(wrappedKey.error());
    if (!sealed)
        return std::unexpected(sealed.error());

    // Aegis keeps each GCM tag apart from its ciphertext.
    const auto tagOf = [](const QByteArray &bytes) { return hex(bytes.last(Aead::tagSize)); };
    const auto bodyOf = [](const QByteArray &bytes) { return bytes.first(bytes.size() - Aead::tagSize); };
    const QJsonObject slot{
        {QStringLiteral("type"), 1},
        {QStringLiteral("uuid"), randomUuid(random).toString(QUuid::WithoutBraces)},
        {QStringLiteral("key"), hex(bodyOf(*wrappedKey))},
        {QStringLiteral("key_params"),
         QJsonObject{{QStringLiteral("nonce"), hex(keyNonce)}, {QStringLiteral("tag"), tagOf(*wrappedKey)}}},
        {QStringLiteral("n"), double(scryptN)},
        {QStringLiteral("r"), double(scryptR)},
        {QStringLiteral("p"), double(scryptP)},
        {QStringLiteral("salt"), hex(kdf.salt)},
        {QStringLiteral("repaired"), true}, // derived from the exact UTF-8 bytes: not Aegis's old bug
        {QStringLiteral("is_backup"), false},
    };
    const QJsonObject header{
        {QStringLiteral("slots"), QJsonArray{slot}},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("nonce"), hex(nonce)}, {QStringLiteral("tag"), tagOf(*sealed)}}},
    };
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("header"), header},
        {QStringLiteral("db"), QString::fromLatin1(bodyOf(*sealed).toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace twofold
