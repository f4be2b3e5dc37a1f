// SPDX-License-Identifier: GPL-3.0-or-later
#include "AegisImporter.h"

#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "formats/ImportBuilder.h"
#include "formats/JsonFields.h"
#include "formats/KdfBudget.h"
#include "formats/SecretText.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <cctype>

namespace twofold {

namespace {

constexpr int fileVersion = 1;
constexpr int latestContentVersion = 3;
constexpr int passwordSlot = 1;

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, QStringLiteral("aegis"), QLatin1StringView(what));
}

// Lower- or upper-case hex of exactly `size` bytes (any size when -1); QByteArray::fromHex alone would skip
// bad characters silently.
std::optional<QByteArray> hexBytes(const QJsonValue &value, qsizetype size)
{
    const QByteArray text = value.toString().toLatin1();
    if (text.isEmpty() || text.size() % 2 != 0 || (size >= 0 && text.size() != 2 * size))
        return std::nullopt;
    for (char c : text) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return QByteArray::fromHex(text);
}

// Aegis writes the slot type as a number; GNOME Authenticator has written it as a string.
int slotType(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const int type = value.toString().toInt(&ok);
        return ok ? type : -1;
    }
    return int(value.toInteger(-1));
}

// A cost read from the file: anything but a whole number maps to 0, which KdfParameters::validate() refuses.
quint64 cost(const QJsonValue &value)
{
    const qint64 number = value.toInteger(0);
    return number > 0 ? quint64(number) : 0;
}

quint32 cost32(const QJsonValue &value)
{
    const quint64 number = cost(value);
    return number > 0xffffffffu ? 0 : quint32(number);
}

struct PasswordSlot
{
    KdfParameters kdf;
    QByteArray nonce;
    QByteArray sealedKey; // wrapped key || tag
};

// The master key from the first password slot that opens. Errors: ImportTooManySlots or ImportKdfTooCostly
// (checked before any KDF runs); ImportWrongPassword when a slot was tried and none opened; otherwise why
// none could be tried (a damaged slot, KdfParametersOutOfRange, or ImportUnsupported when there is no
// password slot at all).
Expected<SecureBytes> unlock(const QJsonArray &slotList, const SecureBytes &password)
{
    std::optional<Error> untried;
    QList<PasswordSlot> candidates;
    quint64 work = 0;
    for (const QJsonValue &value : slotList) {
        const QJsonObject slot = value.toObject();
        if (slotType(slot.value(u"type")) != passwordSlot)
            continue;
        const QJsonObject keyParams = slot.value(u"key_params").toObject();
        const auto salt = hexBytes(slot.value(u"salt"), -1);
        const auto wrapped = hexBytes(slot.value(u"key"), Aead::keySize);
        const auto nonce = hexBytes(keyParams.value(u"nonce"), Aead::nonceSize);
        const auto tag = hexBytes(keyParams.value(u"tag"), Aead::tagSize);
        if (!salt || !wrapped || !nonce || !tag) {
            untried = damaged("slot").error();
            continue;
        }
        KdfParameters kdf;
        kdf.algorithm = KdfParameters::Algorithm::Scrypt;
        kdf.salt = *salt;
        kdf.scryptN = cost(slot.value(u"n"));
        kdf.scryptR = cost32(slot.value(u"r"));
        kdf.scryptP = cost32(slot.value(u"p"));
        if (const auto valid = kdf.validate(); !valid) {
            untried = valid.error();
            continue;
        }
        work = KdfBudget::sum(work, KdfBudget::work(kdf, Aead::keySize));
        candidates.append({kdf, *nonce, *wrapped + *tag});
    }
    if (const auto within = KdfBudget::check(QStringLiteral("aegis"), candidates.size(), work); !within)
        return std::unexpected(within.error());
    for (const PasswordSlot &slot : std::as_const(candidates)) {
        const auto slotKey = Kdf::derive(slot.kdf, password, Aead::keySize);
        if (!slotKey)
            return std::unexpected(slotKey.error());
        auto master = Aead::open(*slotKey, slot.nonce, slot.sealedKey);
        if (master && master->size() == Aead::keySize)
            return master;
    }
    if (!candidates.isEmpty())
        return failImport(ErrorCode::ImportWrongPassword, QStringLiteral("aegis"));
    if (untried)
        return std::unexpected(*untried);
    return failImport(ErrorCode::ImportUnsupported, QStringLiteral("aegis"), {}, ErrorReason::NoPasswordSlot);
}

Expected<SecureBytes> decrypt(const QJsonObject &header, const QJsonValue &db, const SecureBytes &password)
{
    const QJsonObject params = header.value(u"params").toObject();
    const auto nonce = hexBytes(params.value(u"nonce"), Aead::nonceSize);
    const auto tag = hexBytes(params.value(u"tag"), Aead::tagSize);
    if (!nonce || !tag)
        return damaged("params");
    if (!header.value(u"slots").isArray())
        return damaged("slots");
    const auto ciphertext =
        QByteArray::fromBase64Encoding(db.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!db.isString() || !ciphertext)
        return damaged("db");
    const auto master = unlock(header.value(u"slots").toArray(), password);
    if (!master)
        return std::unexpected(master.error());
    auto content = Aead::open(*master, *nonce, QByteArray(ciphertext.decoded + *tag));
    if (!content)
        return damaged("payload"); // the password opened a slot, so the key is right: the content changed
    return content;
}

void addEntry(ImportBuilder &builder, const QJsonObject &entry, const QHash<QUuid, QString> &groups)
{
    ImportFields fields;
    fields.issuer = entry.value(u"issuer").toString(); // null in GNOME Authenticator's files
    fields.name = entry.value(u"name").toString();
    const QString typeName = entry.value(u"type").toString();
    const auto type = ImportBuilder::typeFrom(typeName);
    if (!type) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportUnsupportedType, typeName.toLower()});
        return;
    }
    const QJsonObject info = entry.value(u"info").toObject();
    if (!info.value(u"secret").isString()) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::ImportMissingField, QStringLiteral("secret")});
        return;
    }
    auto secret = SecretText::base32(info.value(u"secret").toString());
    if (!secret) {
        builder.reject(fields.issuer, fields.name, secret.error());
        return;
    }
    fields.secret = std::move(*secret);
    fields.type = *type;

    // Aegis itself turns MD5 (meaningful only for mOTP) into SHA1 on other types.
    const QString algorithm = info.value(u"algo").toString(QStringLiteral("SHA1"));
    const auto hash = algorithm.compare(u"MD5", Qt::CaseInsensitive) == 0
                          ? HashAlgorithm::Sha1
                          : ImportBuilder::algorithmFrom(algorithm);
    if (!hash) {
        builder.reject(fields.issuer, fields.name, {ErrorCode::UriUnknownAlgorithm, algorithm.left(16)});
        return;
    }
    fields.algorithm = *hash;
    fields.digits = JsonFields::positive(info, QLatin1StringView("digits"), 0);
    fields.period = JsonFields::positive(info, QLatin1StringView("period"), OtpParameters::defaultPeriod);
    if (*type == OtpType::Steam) {
        // Steam codes are always SHA1, five characters, 30 s, whatever the entry says.
        fields.algorithm = HashAlgorithm::Sha1;
        fields.digits = 0;
        fields.period = OtpParameters::defaultPeriod;
    } else if (*type == OtpType::Hotp) {
        const auto counter = JsonFields::counter(info, QLatin1StringView("counter"));
        if (!counter) {
            builder.reject(fields.issuer, fields.name,
                           {ErrorCode::ImportMissingField, QStringLiteral("counter")});
            return;
        }
        fields.counter = *counter;
        fields.period = OtpParameters::defaultPeriod;
    }
    fields.note = entry.value(u"note").toString();
    fields.favourite = entry.value(u"favorite").toBool();

    // Like Aegis: a `groups` list (content v3) wins over the older `group` name (v2). Uuids the vault does
    // not list are dropped, as Aegis drops them.
    if (entry.contains(u"groups")) {
        for (const QJsonValue &uuid : entry.value(u"groups").toArray())
            JsonFields::addTag(fields.tags, groups.value(QUuid::fromString(uuid.toString())));
    } else {
        JsonFields::addTag(fields.tags, entry.value(u"group").toString());
    }
    // `icon` (base64 image data, up to 1 MiB in Aegis) is neither decoded nor stored: an entry with an
    // oversized or broken icon is still imported, without its icon.
    builder.add(fields);
}

Expected<ImportResult> readContent(const QJsonObject &content)
{
    const QJsonValue version = content.value(u"version");
    if (version.toInteger(0) < 1)
        return damaged("content");
    if (version.toInteger() > latestContentVersion)
        return failImport(ErrorCode::ImportUnsupported, QStringLiteral("aegis"),
                          QString::number(version.toInteger()), ErrorReason::ContentVersion);
    if (!content.value(u"entries").isArray())
        return damaged("entries");

    QHash<QUuid, QString> groups;
    for (const QJsonValue &value : content.value(u"groups").toArray()) {
        const QJsonObject group = value.toObject();
        const QUuid uuid = QUuid::fromString(group.value(u"uuid").toString());
        if (!uuid.isNull())
            groups.insert(uuid, group.value(u"name").toString());
    }

    ImportBuilder builder(QStringLiteral("aegis"));
    for (const QJsonValue &entry : content.value(u"entries").toArray()) {
        if (!entry.isObject()) {
            builder.reject(QString(), QString(), {ErrorCode::ImportMissingField, QStringLiteral("entry")});
            continue;
        }
        addEntry(builder, entry.toObject(), groups);
    }
    return builder.finish();
}

} // namespace

std::optional<ImportFormat::Protection> AegisImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    if (root.isEmpty()) {
        // Cut short or changed so it no longer parses: read() reports it damaged, without a password.
        if (input.isBrokenJsonWith({"\"header\"", "\"slots\"", "\"db\""}))
            return ImportFormat::Protection::None;
        return std::nullopt;
    }
    const QJsonObject header = root.value(u"header").toObject();
    if (!root.contains(u"version") || !root.contains(u"db") || !header.contains(u"slots") ||
        !header.contains(u"params"))
        return std::nullopt;
    for (const QJsonValue &slot : header.value(u"slots").toArray()) {
        if (slotType(slot.toObject().value(u"type")) == passwordSlot)
            return ImportFormat::Protection::Password;
    }
    // Plain, or encrypted without a password slot, which read() reports without asking for a password.
    return ImportFormat::Protection::None;
}

Expected<ImportResult> AegisImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QJsonObject root = input.object();
    if (root.isEmpty())
        return damaged("json");
    const qint64 version = root.value(u"version").toInteger(0);
    if (version < 1)
        return damaged("version");
    if (version > fileVersion)
        return failImport(ErrorCode::ImportUnsupported, QStringLiteral("aegis"), QString::number(version),
                          ErrorReason::Version);

    const QJsonObject header = root.value(u"header").toObject();
    const QJsonValue db = root.value(u"db");
    if (header.value(u"slots").isNull() && header.value(u"params").isNull()) {
        if (!db.isObject())
            return damaged("db");
        return readContent(db.toObject());
    }

    const auto plaintext = decrypt(header, db, password);
    if (!plaintext)
        return std::unexpected(plaintext.error());
    QByteArray text = plaintext->toByteArray();
    Expected<ImportResult> result = damaged("content");
    {
        // Decrypted content gets the same depth bound as any file before Qt parses it.
        const ImportInput content(text);
        if (!content.object().isEmpty())
            result = readContent(content.object());
    }
    text.fill('\0'); // sole owner again, so this wipes the plaintext copy in place
    return result;
}

} // namespace twofold
