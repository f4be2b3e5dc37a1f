// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndOtpImporter.h"

#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Kdf.h"
#include "formats/ImportBuilder.h"
#include "formats/JsonFields.h"
#include "formats/SecretText.h"

#include <QJsonArray>
#include <QtEndian>

namespace twofold {

namespace {

constexpr qsizetype saltSize = 12;
constexpr qsizetype headerSize = 4 + saltSize + Aead::nonceSize; // iterations, salt, nonce
constexpr qsizetype minOldSize = Aead::nonceSize + 2 + Aead::tagSize;
constexpr qsizetype minCurrentSize = headerSize + 2 + Aead::tagSize;
constexpr quint32 maxIterations = 10'000'000; // as Aegis allows

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, QStringLiteral("andotp"), QLatin1StringView(what));
}

bool startsWithOtherMagic(QByteArrayView bytes)
{
    static const QByteArrayView magics[] = {
        QByteArrayView("PK\x03\x04", 4),
        QByteArrayView("PK\x05\x06", 4),         // ZIP
        QByteArrayView("SQLite format 3\0", 16), //
        QByteArrayView("\xAC\xED\x00\x05", 4),   // Java serialisation (FreeOTP)
        QByteArrayView("\x89PNG", 4),
        QByteArrayView("\xFF\xD8\xFF", 3),
        QByteArrayView("GIF8"),
        QByteArrayView("RIFF"),
        QByteArrayView("%PDF"),
        QByteArrayView("\x1F\x8B", 2),
        QByteArrayView("OTPClient"),
    };
    for (QByteArrayView magic : magics) {
        if (bytes.startsWith(magic))
            return true;
    }
    // Authenticator Pro writes "AUTHENTICATORPRO" or "AuthenticatorPro".
    return bytes.first(qMin<qsizetype>(16, bytes.size())).toByteArray().toLower() == "authenticatorpro";
}

bool isText(QByteArrayView bytes)
{
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
            return false;
    }
    return bytes.isValidUtf8();
}

bool looksEncrypted(QByteArrayView bytes)
{
    return bytes.size() >= minOldSize && !startsWithOtherMagic(bytes) && !isText(bytes);
}

// A plain backup: a JSON array whose first element has andOTP's keys.
bool isPlainBackup(const ImportInput &input)
{
    const QJsonDocument *document = input.json();
    if (!document || !document->isArray() || document->array().isEmpty())
        return false;
    const QJsonObject first = document->array().first().toObject();
    return first.contains(u"secret") && first.contains(u"label") && first.contains(u"type");
}

void addEntry(ImportBuilder &builder, const QJsonObject &entry)
{
    ImportFields fields;
    fields.name = entry.value(u"label").toString();
    if (entry.contains(u"issuer")) {
        fields.issuer = entry.value(u"issuer").toString();
    } else {
        // andOTP before 0.6.3 wrote no issuer; its label was "<issuer> - <label>".
        const qsizetype dash = fields.name.indexOf(u" - ");
        if (dash >= 0) {
            fields.issuer = fields.name.left(dash);
            fields.name = fields.name.mid(dash + 3);
        }
    }
    const QString typeName = entry.value(u"type").toString();
    const auto type = ImportBuilder::typeFrom(typeName);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, typeName.toLower()});
        return;
    }
    if (!entry.value(u"secret").isString()) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportMissingField, QStringLiteral("secret")});
        return;
    }
    auto secret = SecretText::base32(entry.value(u"secret").toString());
    if (!secret) {
        builder.reject(fields.issuer, fields.name, secret.error());
        return;
    }
    fields.secret = std::move(*secret);
    fields.type = *type;
    const QString algorithm = entry.value(u"algorithm").toString(QStringLiteral("SHA1"));
    const auto hash = ImportBuilder::algorithmFrom(algorithm);
    if (!hash) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriUnknownAlgorithm, algorithm.left(16)});
        return;
    }
    fields.algorithm = *hash;
    fields.digits = JsonFields::positive(entry, QLatin1StringView("digits"), 0);
    fields.period = JsonFields::positive(entry, QLatin1StringView("period"), OtpParameters::defaultPeriod);
    if (*type == OtpType::Steam) {
        // andOTP stores no period for Steam; its codes are always SHA1, five characters, 30 s.
        fields.algorithm = HashAlgorithm::Sha1;
        fields.digits = 0;
        fields.period = OtpParameters::defaultPeriod;
    } else if (*type == OtpType::Hotp) {
        const auto counter = JsonFields::counter(entry, QLatin1StringView("counter"));
        if (!counter) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportMissingField, QStringLiteral("counter")});
            return;
        }
        fields.counter = *counter;
        fields.period = OtpParameters::defaultPeriod; // GNOME's andOTP files carry a period on HOTP too
    }
    for (const QJsonValue &tag : entry.value(u"tags").toArray())
        JsonFields::addTag(fields.tags, tag.toString());
    builder.add(fields);
}

Expected<ImportResult> readEntries(const QJsonArray &entries)
{
    ImportBuilder builder(QStringLiteral("andotp"));
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject()) {
            builder.reject(QString(), QString(), {ErrorCode::ImportMissingField, QStringLiteral("entry")});
            continue;
        }
        addEntry(builder, entry.toObject());
    }
    return builder.finish();
}

// The current format: iterations (uint32 BE) | salt | nonce | ciphertext | tag. nullopt when the file cannot
// be this format or its tag fails.
std::optional<SecureBytes> openCurrent(QByteArrayView bytes, const SecureBytes &password, Error *kdfError)
{
    if (bytes.size() < minCurrentSize)
        return std::nullopt;
    const quint32 iterations = qFromBigEndian<quint32>(bytes.data());
    if (iterations < 1 || iterations > maxIterations)
        return std::nullopt;
    const auto key =
        Kdf::pbkdf2(HashAlgorithm::Sha1, password, bytes.sliced(4, saltSize), iterations, Aead::keySize);
    if (!key) {
        *kdfError = key.error();
        return std::nullopt;
    }
    auto plaintext = Aead::open(*key, bytes.sliced(4 + saltSize, Aead::nonceSize), bytes.sliced(headerSize));
    return plaintext ? std::optional(std::move(*plaintext)) : std::nullopt;
}

// The old format: nonce | ciphertext | tag, key = SHA-256(password).
std::optional<SecureBytes> openOld(QByteArrayView bytes, const SecureBytes &password)
{
    const SecureBytes key = Digest::sha256Secret(password);
    auto plaintext = Aead::open(key, bytes.first(Aead::nonceSize), bytes.sliced(Aead::nonceSize));
    return plaintext ? std::optional(std::move(*plaintext)) : std::nullopt;
}

} // namespace

std::optional<ImportFormat::Protection> AndOtpImporter::detect(const ImportInput &input)
{
    if (isPlainBackup(input))
        return ImportFormat::Protection::None;
    // A plain backup cut short or changed so it no longer parses: read() reports it damaged.
    if (input.bytes().trimmed().startsWith('[') &&
        input.isBrokenJsonWith({"\"secret\"", "\"label\"", "\"type\"", "\"algorithm\""}))
        return ImportFormat::Protection::None;
    if (looksEncrypted(input.bytes()))
        return ImportFormat::Protection::Password;
    return std::nullopt;
}

Expected<ImportResult> AndOtpImporter::read(const ImportInput &input, const SecureBytes &password)
{
    if (isPlainBackup(input))
        return readEntries(input.json()->array());
    if (!looksEncrypted(input.bytes()))
        return damaged("json");

    Error kdfError{ErrorCode::ImportWrongPassword, {}, QStringLiteral("andotp")};
    auto plaintext = openCurrent(input.bytes(), password, &kdfError);
    if (!plaintext && kdfError.code != ErrorCode::ImportWrongPassword)
        return std::unexpected(kdfError); // e.g. out of memory: not the password's fault
    if (!plaintext)
        plaintext = openOld(input.bytes(), password);
    if (!plaintext) {
        // Neither format has a header that is checked apart from the content, so a wrong password and a
        // damaged file fail the same GCM tag and cannot be told apart: report the likelier one.
        return failImport(ErrorCode::ImportWrongPassword, QStringLiteral("andotp"));
    }
    QByteArray text = plaintext->toByteArray();
    Expected<ImportResult> result = damaged("content");
    {
        const ImportInput content(text); // the depth bound applies to decrypted content too
        if (content.json() && content.json()->isArray())
            result = readEntries(content.json()->array());
    }
    text.fill('\0'); // sole owner again, so this wipes the plaintext copy in place
    return result;
}

} // namespace twofold
