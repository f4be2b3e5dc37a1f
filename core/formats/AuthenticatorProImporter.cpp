// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorProImporter.h"

#include "crypto/Aead.h"
#include "crypto/AesCbc.h"
#include "crypto/Kdf.h"
#include "crypto/WipedBytes.h"
#include "formats/ImportLimits.h"
#include "formats/SecretText.h"

#include <QJsonArray>

namespace twofold {

namespace {

const QString formatId = QStringLiteral("authenticator-pro");
constexpr QByteArrayView strongHeader = "AUTHENTICATORPRO";
constexpr QByteArrayView legacyHeader = "AuthenticatorPro";

// Current: header | salt 16 | IV 12 | ciphertext | tag 16.
constexpr qsizetype strongSalt = 16;
constexpr qsizetype strongIv = 12;
// Legacy: header | salt 20 | IV 16 | ciphertext (CBC blocks).
constexpr qsizetype legacySalt = 20;
constexpr qsizetype legacyIv = 16;
constexpr quint32 legacyIterations = 64000;

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QLatin1StringView(what));
}

bool isBackupJson(const QJsonObject &root)
{
    return root.value(u"Authenticators").isArray();
}

Expected<ImportResult> readJson(const QJsonObject &root)
{
    const QJsonArray authenticators = root.value(u"Authenticators").toArray();
    if (authenticators.size() > ImportLimits::maxEntries)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    // Bindings refer to categories by id and to accounts by their secret (the app's primary key).
    QHash<QString, QString> categories;
    for (const QJsonValue &value : root.value(u"Categories").toArray())
        categories.insert(value[u"Id"].toString(), value[u"Name"].toString());
    QHash<QString, QStringList> tags;
    for (const QJsonValue &value : root.value(u"AuthenticatorCategories").toArray()) {
        const QString name = categories.value(value[u"CategoryId"].toString());
        QStringList &list = tags[value[u"AuthenticatorSecret"].toString()];
        if (!name.isEmpty() && !list.contains(name))
            list.append(name);
    }
    ImportBuilder builder(formatId);
    for (const QJsonValue &value : authenticators) {
        const QJsonObject authenticator = value.toObject();
        AuthenticatorProImporter::add(builder, authenticator,
                                      tags.value(authenticator.value(u"Secret").toString()));
    }
    return builder.finish();
}

// Decrypted content that is not the backup JSON: with GCM the key was right, so the content is damaged.
Expected<ImportResult> readDecrypted(const SecureBytes &plaintext)
{
    const WipedBytes text(plaintext);
    const ImportInput inner(text.bytes());
    const QJsonObject root = inner.object();
    if (!isBackupJson(root))
        return damaged("payload");
    return readJson(root);
}

Expected<ImportResult> readStrong(QByteArrayView data, const SecureBytes &password)
{
    const qsizetype headerSize = strongHeader.size() + strongSalt + strongIv;
    if (data.size() < headerSize + Aead::tagSize)
        return damaged("truncated");
    // Fixed costs (t=3, 64 MiB, 4 lanes): nothing in the file sets them.
    KdfParameters kdf;
    kdf.algorithm = KdfParameters::Algorithm::Argon2id;
    kdf.salt = data.sliced(strongHeader.size(), strongSalt).toByteArray();
    kdf.iterations = 3;
    kdf.memoryKiB = 64 * 1024;
    kdf.lanes = 4;
    const auto key = Kdf::derive(kdf, password, Aead::keySize);
    if (!key)
        return std::unexpected(key.error());
    const auto plaintext =
        Aead::open(*key, data.sliced(strongHeader.size() + strongSalt, strongIv), data.sliced(headerSize));
    if (!plaintext) {
        // GCM cannot tell a wrong password from a cut or changed file; the password is the likely cause.
        if (plaintext.error().code == ErrorCode::AuthenticationFailed)
            return failImport(ErrorCode::ImportWrongPassword, formatId);
        return std::unexpected(plaintext.error());
    }
    return readDecrypted(*plaintext);
}

Expected<ImportResult> readLegacy(QByteArrayView data, const SecureBytes &password)
{
    const qsizetype headerSize = legacyHeader.size() + legacySalt + legacyIv;
    const QByteArrayView ciphertext = data.sliced(qMin(headerSize, data.size()));
    if (ciphertext.isEmpty() || ciphertext.size() % AesCbc::blockSize != 0)
        return damaged("truncated");
    const auto key = Kdf::pbkdf2(HashAlgorithm::Sha1, password, data.sliced(legacyHeader.size(), legacySalt),
                                 legacyIterations, 32);
    if (!key)
        return std::unexpected(key.error());
    const QByteArrayView iv = data.sliced(legacyHeader.size() + legacySalt, legacyIv);
    const auto plaintext = AesCbc::decrypt(*key, iv, ciphertext);
    if (plaintext) {
        const WipedBytes text(*plaintext);
        const ImportInput inner(text.bytes());
        if (isBackupJson(inner.object()))
            return readJson(inner.object());
    } else if (plaintext.error().code != ErrorCode::AuthenticationFailed) {
        return std::unexpected(plaintext.error());
    }
    // No MAC: bad padding or garbage means a wrong password, unless the first block decrypts to the
    // JSON's start, in which case the password is right and the file lost or changed bytes.
    const auto first = AesCbc::decrypt(*key, iv, ciphertext.first(AesCbc::blockSize), AesCbc::Padding::None);
    if (first && QByteArrayView(first->constData(), first->size()).startsWith("{\""))
        return damaged("payload");
    return failImport(ErrorCode::ImportWrongPassword, formatId);
}

std::optional<OtpType> typeFromNumber(int type)
{
    switch (type) {
    case 1:
        return OtpType::Hotp;
    case 2:
        return OtpType::Totp;
    case 4:
        return OtpType::Steam;
    default:
        return std::nullopt;
    }
}

QString typeName(int type)
{
    switch (type) {
    case 3:
        return QStringLiteral("motp");
    case 5:
        return QStringLiteral("yandex");
    default:
        return QString::number(type);
    }
}

} // namespace

std::optional<ImportFormat::Protection> AuthenticatorProImporter::detect(const ImportInput &input)
{
    const QByteArray &bytes = input.bytes();
    if (bytes.startsWith(strongHeader) || bytes.startsWith(legacyHeader))
        return ImportFormat::Protection::Password;
    if (isBackupJson(input.object()))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> AuthenticatorProImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QByteArray &bytes = input.bytes();
    if (bytes.startsWith(strongHeader))
        return readStrong(bytes, password);
    if (bytes.startsWith(legacyHeader))
        return readLegacy(bytes, password);
    return readJson(input.object());
}

void AuthenticatorProImporter::add(ImportBuilder &builder, const QJsonObject &authenticator,
                                   const QStringList &tags)
{
    ImportFields fields;
    fields.issuer = authenticator.value(u"Issuer").toString();
    fields.name = authenticator.value(u"Username").toString();
    fields.tags = tags;
    const int typeNumber = authenticator.value(u"Type").toInt(-1);
    const auto type = typeFromNumber(typeNumber);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, typeName(typeNumber)});
        return;
    }
    fields.type = *type;
    const int algorithm = authenticator.value(u"Algorithm").toInt(0);
    if (algorithm < 0 || algorithm > 2) {
        builder.reject(fields.issuer, fields.name,
                       {ErrorCode::UriUnknownAlgorithm, QString::number(algorithm)});
        return;
    }
    fields.algorithm = algorithm == 0   ? HashAlgorithm::Sha1
                       : algorithm == 1 ? HashAlgorithm::Sha256
                                        : HashAlgorithm::Sha512;
    // Out-of-range numbers reach OtpParameters as they are and are rejected there with their value.
    fields.digits = fields.type == OtpType::Steam ? 0 : authenticator.value(u"Digits").toInt(6);
    // Period is written for HOTP too, where it means nothing.
    fields.period = fields.type == OtpType::Hotp ? 30 : authenticator.value(u"Period").toInt(30);
    const double counter = authenticator.value(u"Counter").toDouble(0);
    if (fields.type == OtpType::Hotp) {
        if (!(counter >= 0 && counter <= 9007199254740991.0)) {
            builder.reject(fields.issuer, fields.name, {ErrorCode::UriBadCounter, QString::number(counter)});
            return;
        }
        fields.counter = quint64(counter);
    }
    builder.add(std::move(fields), SecretText::base32(authenticator.value(u"Secret").toString()));
}

} // namespace twofold
