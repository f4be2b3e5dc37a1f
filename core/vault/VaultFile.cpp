#include "vault/VaultFile.h"

#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Kdf.h"
#include "vault/AccountJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <set>

namespace twofold {

namespace {
constexpr QByteArrayView magic = "TWOFOLD-VAULT ";
constexpr QByteArrayView payloadMagic = "TFP1";
constexpr QByteArrayView checksumPrefix = "sha256:";
constexpr qsizetype maxHeaderSize = 64 * 1024;
constexpr int maxSlots = 16;

std::unexpected<Error> damaged(const char *what)
{
    return fail(ErrorCode::VaultDamaged, QString::fromLatin1(what));
}

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

std::optional<QByteArray> fromB64(const QJsonValue &value)
{
    const auto result =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result ? std::optional(result.decoded) : std::nullopt;
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

QJsonObject slotJson(const VaultSlot &slot)
{
    QJsonObject object{{QStringLiteral("nonce"), b64(slot.nonce)},
                       {QStringLiteral("key"), b64(slot.sealedKey)}};
    if (slot.type == VaultSlot::Type::Keyring) {
        object.insert(QStringLiteral("type"), QStringLiteral("keyring"));
        object.insert(QStringLiteral("id"), slot.keyringId);
        return object;
    }
    object.insert(QStringLiteral("type"), QStringLiteral("password"));
    const KdfParameters &kdf = slot.kdf;
    QJsonObject kdfObject{{QStringLiteral("algorithm"), kdfName(kdf.algorithm)},
                          {QStringLiteral("salt"), b64(kdf.salt)}};
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

// Reads a non-negative integer cost; anything else (fractions, negatives, > 2^53) maps to 0,
// which validate() rejects.
quint64 cost(const QJsonObject &object, const char *key)
{
    const double value = object.value(QLatin1String(key)).toDouble(-1);
    if (value < 0 || value > 9007199254740992.0 || value != double(quint64(value)))
        return 0;
    return quint64(value);
}

quint32 cost32(const QJsonObject &object, const char *key)
{
    const quint64 value = cost(object, key);
    return value > 0xffffffffu ? 0 : quint32(value);
}

Expected<VaultSlot> slotFrom(const QJsonObject &object)
{
    VaultSlot slot;
    const auto nonce = fromB64(object.value(QStringLiteral("nonce")));
    const auto key = fromB64(object.value(QStringLiteral("key")));
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
    const auto salt = fromB64(kdf.value(QStringLiteral("salt")));
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

// Writes into a buffer sized in advance.
class PayloadWriter
{
public:
    explicit PayloadWriter(SecureBytes &data)
        : m_data(data)
    {}

    void put(QByteArrayView bytes)
    {
        std::copy_n(bytes.data(), bytes.size(), m_data.data() + m_position);
        m_position += bytes.size();
    }

    void putU32(quint32 value)
    {
        qToBigEndian(value, m_data.data() + m_position);
        m_position += 4;
    }

    void putField(QByteArrayView bytes)
    {
        putU32(quint32(bytes.size()));
        put(bytes);
    }

private:
    SecureBytes &m_data;
    qsizetype m_position = 0;
};

// Reads length-prefixed records from the decrypted payload without ever reading past its end.
class PayloadReader
{
public:
    explicit PayloadReader(const SecureBytes &data)
        : m_data(data)
    {}

    bool skip(QByteArrayView expected)
    {
        if (remaining() < expected.size() || view(expected.size()) != expected)
            return false;
        m_position += expected.size();
        return true;
    }

    std::optional<quint32> u32()
    {
        if (remaining() < 4)
            return std::nullopt;
        const quint32 value = qFromBigEndian<quint32>(m_data.constData() + m_position);
        m_position += 4;
        return value;
    }

    // A length-prefixed field; `secure` keeps it out of ordinary memory.
    std::optional<QByteArray> field()
    {
        const auto length = u32();
        if (!length || *length > quint64(remaining()))
            return std::nullopt;
        QByteArray bytes(m_data.constData() + m_position, qsizetype(*length));
        m_position += *length;
        return bytes;
    }

    std::optional<SecureBytes> secureField()
    {
        const auto length = u32();
        if (!length || *length > quint64(remaining()))
            return std::nullopt;
        SecureBytes bytes{int(*length)};
        std::copy_n(m_data.constData() + m_position, *length, bytes.data());
        m_position += *length;
        return bytes;
    }

    bool atEnd() const { return m_position == m_data.size(); }

private:
    qsizetype remaining() const { return m_data.size() - m_position; }
    QByteArrayView view(qsizetype n) const { return QByteArrayView(m_data.constData() + m_position, n); }

    const SecureBytes &m_data;
    qsizetype m_position = 0;
};

VaultEntry entryFrom(QByteArray metadata, SecureBytes secret)
{
    VaultEntry entry;
    entry.storedMetadata = std::move(metadata);
    entry.secret = std::move(secret);
    auto account = AccountJson::read(entry.storedMetadata);
    if (!account)
        entry.problem = account.error();
    else if (entry.secret.isEmpty())
        entry.problem = Error{ErrorCode::SecretEmpty};
    else if (entry.secret.size() > 1024)
        entry.problem = Error{ErrorCode::SecretTooLong, QString::number(entry.secret.size())};
    else
        entry.account = std::move(*account);
    return entry;
}
} // namespace

Expected<VaultFile> VaultFile::parse(QByteArrayView bytes)
{
    if (!bytes.startsWith(magic))
        return fail(ErrorCode::VaultNotAVault);
    if (bytes.size() > maxFileSize)
        return damaged("size");

    // Version first: a newer major version is refused as such, even if we cannot read the rest.
    const qsizetype firstEnd = bytes.indexOf('\n');
    if (firstEnd < 0 || firstEnd > 64)
        return damaged("magic");
    const QByteArrayView version = bytes.sliced(magic.size(), firstEnd - magic.size());
    const qsizetype dot = version.indexOf('.');
    bool majorOk = false, minorOk = false;
    const int major = dot > 0 ? version.first(dot).toInt(&majorOk) : 0;
    const int minor = dot > 0 ? version.sliced(dot + 1).toInt(&minorOk) : 0;
    if (!majorOk || !minorOk || major < 1 || minor < 0)
        return damaged("version");
    if (major > formatMajor)
        return fail(ErrorCode::VaultNewerVersion, QString::fromLatin1(version));

    // Checksum over everything before the last line: any accidental change is "damaged" before a KDF runs.
    if (!bytes.endsWith('\n'))
        return damaged("checksum");
    const qsizetype lastStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
    const QByteArrayView checksumLine = bytes.sliced(lastStart, bytes.size() - lastStart - 1);
    const QByteArrayView covered = bytes.first(lastStart);
    // Compared as the exact lower-case text written, so even a changed letter case counts as damage.
    if (!checksumLine.startsWith(checksumPrefix) ||
        checksumLine.sliced(checksumPrefix.size()) != Digest::sha256(covered).toHex())
        return damaged("checksum");

    const qsizetype headerEnd = bytes.indexOf('\n', firstEnd + 1);
    if (headerEnd < 0 || headerEnd - firstEnd > maxHeaderSize || headerEnd + 1 >= lastStart)
        return damaged("header");
    QJsonParseError error;
    const QJsonDocument header =
        QJsonDocument::fromJson(bytes.sliced(firstEnd + 1, headerEnd - firstEnd - 1).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !header.isObject())
        return damaged("header");
    const QJsonObject object = header.object();
    if (object.value(QStringLiteral("cipher")).toString() != QLatin1String("aes-256-gcm"))
        return damaged("cipher");

    VaultFile file;
    file.m_minor = minor;
    file.m_headerDigest = Digest::sha256(bytes.first(headerEnd + 1));
    const auto nonce = fromB64(object.value(QStringLiteral("nonce")));
    if (!nonce || nonce->size() != Aead::nonceSize)
        return damaged("nonce");
    file.m_payloadNonce = *nonce;
    const QJsonArray unlockSlots = object.value(QStringLiteral("slots")).toArray();
    if (unlockSlots.isEmpty() || unlockSlots.size() > maxSlots)
        return damaged("slots");
    for (const QJsonValue &value : unlockSlots) {
        auto slot = slotFrom(value.toObject());
        if (!slot)
            return std::unexpected(slot.error());
        file.m_slots.append(*slot);
    }
    const auto payload =
        QByteArray::fromBase64Encoding(bytes.sliced(headerEnd + 1, lastStart - headerEnd - 2).toByteArray(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || payload.decoded.size() < Aead::tagSize)
        return damaged("payload");
    file.m_payload = payload.decoded;
    return file;
}

Expected<VaultKeys> VaultFile::unlock(const SecureBytes &password) const
{
    if (password.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    for (const VaultSlot &slot : m_slots) {
        if (slot.type != VaultSlot::Type::Password)
            continue;
        const auto wrappingKey = Kdf::derive(slot.kdf, password, Aead::keySize);
        if (!wrappingKey)
            return std::unexpected(wrappingKey.error());
        auto dataKey = Aead::open(*wrappingKey, slot.nonce, slot.sealedKey);
        if (dataKey)
            return VaultKeys{std::move(*dataKey), m_slots};
    }
    return fail(ErrorCode::VaultWrongPassword);
}

Expected<VaultKeys> VaultFile::unlockWithKeyring(const SecureBytes &slotKey) const
{
    for (const VaultSlot &slot : m_slots) {
        if (slot.type != VaultSlot::Type::Keyring)
            continue;
        auto dataKey = Aead::open(slotKey, slot.nonce, slot.sealedKey);
        if (!dataKey)
            return fail(ErrorCode::VaultWrongPassword);
        return VaultKeys{std::move(*dataKey), m_slots};
    }
    return fail(ErrorCode::VaultNoKeyringSlot);
}

QString VaultFile::keyringId() const
{
    for (const VaultSlot &slot : m_slots)
        if (slot.type == VaultSlot::Type::Keyring)
            return slot.keyringId;
    return {};
}

Expected<VaultContents> VaultFile::decrypt(const SecureBytes &dataKey) const
{
    const auto plaintext = Aead::open(dataKey, m_payloadNonce, m_payload);
    if (!plaintext)
        return damaged("payload");

    PayloadReader reader(*plaintext);
    // The header digest sealed inside the payload binds the header to it (QCA's GCM has no AAD input).
    if (!reader.skip(payloadMagic) || !reader.skip(m_headerDigest))
        return damaged("header binding");
    const auto meta = reader.field();
    const auto count = reader.u32();
    if (!meta || !count)
        return damaged("structure");
    QJsonParseError error;
    const QJsonDocument metaDocument = QJsonDocument::fromJson(*meta, &error);
    if (error.error != QJsonParseError::NoError || !metaDocument.isObject())
        return damaged("structure");

    VaultContents contents;
    contents.unknownFields = metaDocument.object();
    for (const QJsonValue &value : contents.unknownFields.take(QStringLiteral("deleted")).toArray()) {
        const QJsonObject tombstone = value.toObject();
        contents.deleted.append(
            {QUuid::fromString(tombstone.value(QStringLiteral("uuid")).toString()),
             QDateTime::fromMSecsSinceEpoch(qint64(tombstone.value(QStringLiteral("time")).toDouble()),
                                            QTimeZone::UTC)});
    }
    std::set<QUuid> seen;
    for (quint32 i = 0; i < *count; ++i) {
        auto metadata = reader.field();
        auto secret = reader.secureField();
        if (!metadata || !secret)
            return damaged("structure");
        VaultEntry entry = entryFrom(std::move(*metadata), std::move(*secret));
        if (entry.account && !seen.insert(entry.account->uuid).second) {
            entry.problem = Error{ErrorCode::VaultDamaged, QStringLiteral("duplicate uuid")};
            entry.account.reset();
        }
        contents.entries.append(std::move(entry));
    }
    if (!reader.atEnd())
        return damaged("structure");
    return contents;
}

Expected<QByteArray> VaultFile::write(const VaultContents &contents, const VaultKeys &keys,
                                      RandomSource &random)
{
    QJsonArray unlockSlots;
    for (const VaultSlot &slot : keys.unlockSlots)
        unlockSlots.append(slotJson(slot));
    const QByteArray nonce = random.bytes(Aead::nonceSize).toByteArray();
    const QJsonObject header{{QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                             {QStringLiteral("nonce"), b64(nonce)},
                             {QStringLiteral("slots"), unlockSlots}};
    QByteArray out = magic.toByteArray() + QByteArray::number(formatMajor) + '.' +
                     QByteArray::number(formatMinor) + '\n' +
                     QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';

    QJsonObject meta = contents.unknownFields;
    QJsonArray deleted;
    for (const Tombstone &tombstone : contents.deleted)
        deleted.append(QJsonObject{{QStringLiteral("uuid"), tombstone.uuid.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("time"), double(tombstone.deleted.toMSecsSinceEpoch())}});
    meta.insert(QStringLiteral("deleted"), deleted);

    // Sized once and filled in place: appending to secure memory reallocates and copies every time.
    const QByteArray metaJson = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    QList<QByteArray> metadata;
    metadata.reserve(contents.entries.size());
    qsizetype size = payloadMagic.size() + 32 + 4 + metaJson.size() + 4;
    for (const VaultEntry &entry : contents.entries) {
        metadata.append(entry.account ? AccountJson::write(*entry.account) : entry.storedMetadata);
        size += 4 + metadata.last().size() + 4 + entry.secret.size();
    }
    SecureBytes plaintext{int(size)};
    PayloadWriter writer(plaintext);
    writer.put(payloadMagic);
    writer.put(Digest::sha256(out));
    writer.putField(metaJson);
    writer.putU32(quint32(contents.entries.size()));
    for (qsizetype i = 0; i < contents.entries.size(); ++i) {
        const SecureBytes &secret = contents.entries.at(i).secret;
        writer.putField(metadata.at(i));
        writer.putField(QByteArrayView(secret.constData(), secret.size()));
    }
    const auto sealed = Aead::seal(keys.dataKey, nonce, plaintext);
    if (!sealed)
        return std::unexpected(sealed.error());
    out += sealed->toBase64() + '\n';
    out += checksumPrefix.toByteArray() + Digest::sha256(out).toHex() + '\n';
    return out;
}

} // namespace twofold
