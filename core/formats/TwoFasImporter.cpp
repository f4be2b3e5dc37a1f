// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoFasImporter.h"

#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "formats/ImportBuilder.h"
#include "formats/JsonFields.h"
#include "formats/SecretText.h"

#include <QHash>
#include <QJsonArray>

namespace twofold {

namespace {

constexpr int latestSchema = 4;
constexpr quint32 iterations = 10'000;

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, QStringLiteral("2fas"), QLatin1StringView(what));
}

// `base64(ciphertext || tag) ":" base64(salt) ":" base64(iv)`.
struct Sealed
{
    QByteArray ciphertext;
    QByteArray salt;
    QByteArray iv;
};

std::optional<Sealed> sealedFrom(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    QByteArray decoded[3];
    for (int i = 0; i < 3; ++i) {
        auto part =
            QByteArray::fromBase64Encoding(parts.at(i).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!part || part.decoded.isEmpty())
            return std::nullopt;
        decoded[i] = std::move(part.decoded);
    }
    if (decoded[0].size() < Aead::tagSize || decoded[2].size() != Aead::nonceSize)
        return std::nullopt;
    return Sealed{decoded[0], decoded[1], decoded[2]};
}

Expected<SecureBytes> keyFor(const QByteArray &salt, const SecureBytes &password)
{
    KdfParameters kdf;
    kdf.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256;
    kdf.salt = salt;
    kdf.iterations = iterations;
    return Kdf::derive(kdf, password, Aead::keySize);
}

// The services array of an encrypted file, as JSON text in secure memory.
Expected<SecureBytes> decryptServices(const QJsonObject &root, const SecureBytes &password)
{
    const auto services = sealedFrom(root.value(u"servicesEncrypted").toString());
    if (!services)
        return damaged("servicesEncrypted");
    const auto key = keyFor(services->salt, password);
    if (!key)
        return std::unexpected(key.error()); // a salt over 256 bytes: KdfParametersOutOfRange
    const QString referenceText = root.value(u"reference").toString();
    if (!referenceText.isEmpty()) {
        const auto reference = sealedFrom(referenceText);
        if (!reference)
            return damaged("reference");
        // 2FAS seals the reference with the same salt; derive again only if a file ever differs.
        const auto referenceKey = reference->salt == services->salt ? key : keyFor(reference->salt, password);
        if (!referenceKey)
            return std::unexpected(referenceKey.error());
        if (!Aead::open(*referenceKey, reference->iv, reference->ciphertext))
            return failImport(ErrorCode::ImportWrongPassword, QStringLiteral("2fas"));
    }
    auto plaintext = Aead::open(*key, services->iv, services->ciphertext);
    if (!plaintext) {
        if (!referenceText.isEmpty())
            return damaged("payload"); // the reference proved the password right
        return failImport(ErrorCode::ImportWrongPassword, QStringLiteral("2fas"));
    }
    return plaintext;
}

void addService(ImportBuilder &builder, const QJsonObject &service, int schema,
                const QHash<QString, QString> &groups)
{
    const QJsonObject otp = service.value(u"otp").toObject();
    ImportFields fields;
    fields.issuer = service.value(u"name").toString();
    if (fields.issuer.isEmpty())
        fields.issuer = otp.value(u"issuer").toString();
    if (otp.value(u"account").isString()) {
        fields.name = otp.value(u"account").toString();
    } else {
        // Labels are "Issuer:account" up to schema 3 and the bare account from schema 4.
        fields.name = otp.value(u"label").toString();
        const qsizetype colon = fields.name.indexOf(QLatin1Char(':'));
        if (schema < 4 && colon >= 0)
            fields.name = fields.name.mid(colon + 1).trimmed();
    }
    const QString typeName = otp.value(u"tokenType").toString(QStringLiteral("TOTP"));
    const auto type = ImportBuilder::typeFrom(typeName);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, typeName.toLower()});
        return;
    }
    if (!service.value(u"secret").isString()) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportMissingField, QStringLiteral("secret")});
        return;
    }
    auto secret = SecretText::base32(service.value(u"secret").toString());
    if (!secret) {
        builder.reject(fields.issuer, fields.name, secret.error());
        return;
    }
    fields.secret = std::move(*secret);
    fields.type = *type;
    // Absent before schema 2 and JSON null in some files: SHA1 either way. SHA224 and SHA384 exist in
    // 2FAS's enum but not in RFC 6238 apps; they are rejected by name.
    const QString algorithm = otp.value(u"algorithm").toString(QStringLiteral("SHA1"));
    const auto hash = ImportBuilder::algorithmFrom(algorithm);
    if (!hash) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriUnknownAlgorithm, algorithm.left(16)});
        return;
    }
    fields.algorithm = *hash;
    fields.digits = JsonFields::positive(otp, QLatin1StringView("digits"), 0);
    fields.period = JsonFields::positive(otp, QLatin1StringView("period"), OtpParameters::defaultPeriod);
    if (*type == OtpType::Steam) {
        fields.algorithm = HashAlgorithm::Sha1;
        fields.digits = 0;
        fields.period = OtpParameters::defaultPeriod;
    } else if (*type == OtpType::Hotp) {
        const auto counter = JsonFields::counter(otp, QLatin1StringView("counter"));
        if (!counter) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportMissingField, QStringLiteral("counter")});
            return;
        }
        fields.counter = *counter;
        fields.period = OtpParameters::defaultPeriod; // some 2FAS versions write a period on HOTP too
    }
    JsonFields::addTag(fields.tags, groups.value(service.value(u"groupId").toString()));
    builder.add(fields);
}

} // namespace

std::optional<ImportFormat::Protection> TwoFasImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    if (root.isEmpty()) {
        // Cut short or changed so it no longer parses: read() reports it damaged, without a password.
        // Plain files list the services first, so a cut one may have lost schemaVersion.
        if (input.isBrokenJsonWith({"\"services\"", "\"schemaVersion\""}) ||
            input.isBrokenJsonWith({"\"services\"", "\"otp\"", "\"secret\""}))
            return ImportFormat::Protection::None;
        return std::nullopt;
    }
    if (!root.value(u"services").isArray() || !root.contains(u"schemaVersion"))
        return std::nullopt;
    const bool encrypted = !root.value(u"servicesEncrypted").toString().isEmpty() ||
                           !root.value(u"reference").toString().isEmpty();
    return encrypted ? ImportFormat::Protection::Password : ImportFormat::Protection::None;
}

Expected<ImportResult> TwoFasImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QJsonObject root = input.object();
    if (root.isEmpty())
        return damaged("json");
    const qint64 schema = root.value(u"schemaVersion").toInteger(0);
    if (schema < 1)
        return damaged("schemaVersion");
    if (schema > latestSchema)
        return failImport(ErrorCode::ImportUnsupported, QStringLiteral("2fas"), QString::number(schema),
                          ErrorReason::Schema);

    QHash<QString, QString> groups;
    for (const QJsonValue &value : root.value(u"groups").toArray()) {
        const QJsonObject group = value.toObject();
        groups.insert(group.value(u"id").toString(), group.value(u"name").toString());
    }

    QJsonArray services = root.value(u"services").toArray();
    const bool encrypted = !root.value(u"servicesEncrypted").toString().isEmpty() ||
                           !root.value(u"reference").toString().isEmpty();
    if (encrypted) {
        const auto plaintext = decryptServices(root, password);
        if (!plaintext)
            return std::unexpected(plaintext.error());
        QByteArray text = plaintext->toByteArray();
        bool parsed = false;
        {
            const ImportInput content(text); // the depth bound applies to decrypted content too
            if (content.json() && content.json()->isArray()) {
                services = content.json()->array();
                parsed = true;
            }
        }
        text.fill('\0'); // sole owner again, so this wipes the plaintext copy in place
        if (!parsed)
            return damaged("services");
    }

    ImportBuilder builder(QStringLiteral("2fas"));
    for (const QJsonValue &service : services) {
        if (!service.isObject()) {
            builder.reject(QString(), QString(), {ErrorCode::ImportMissingField, QStringLiteral("service")});
            continue;
        }
        addService(builder, service.toObject(), int(schema), groups);
    }
    return builder.finish();
}

} // namespace twofold
