// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultFile.h"

#include "crypto/Aead.h"
#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "crypto/Kdf.h"
#include "vault/AccountJson.h"
#include "vault/VaultSlotJson.h"

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

// The save counter (§7 of the format); none (1.0 files) reads as 0.
const QString generationKey = QStringLiteral("generation");

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

    // The next `size` bytes, or nullopt when fewer remain.
    std::optional<QByteArrayView> take(qsizetype size)
    {
        if (remaining() < size)
            return std::nullopt;
        const QByteArrayView bytes(m_data.constData() + m_position, size);
        m_position += size;
        return bytes;
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
        !ConstantTime::equal(checksumLine.sliced(checksumPrefix.size()), Digest::sha256(covered).toHex()))
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
    file.m_header = bytes.first(headerEnd + 1).toByteArray();
    const auto nonce = VaultSlotJson::fromBase64(object.value(QStringLiteral("nonce")));
    if (!nonce || nonce->size() != Aead::nonceSize)
        return damaged("nonce");
    file.m_payloadNonce = *nonce;
    const QJsonArray unlockSlots = object.value(QStringLiteral("slots")).toArray();
    if (unlockSlots.isEmpty() || unlockSlots.size() > maxSlots)
        return damaged("slots");
    for (const QJsonValue &value : unlockSlots) {
        auto slot = VaultSlotJson::read(value.toObject());
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
    // From 1.1 the magic and header lines are GCM's associated data; 1.0 files bind them only through the
    // digest below. A 1.1 file relabelled 1.0 fails here: its tag covers the header.
    const QByteArrayView associatedData = m_minor >= 1 ? QByteArrayView(m_header) : QByteArrayView();
    const auto plaintext = Aead::open(dataKey, m_payloadNonce, m_payload, associatedData);
    if (!plaintext)
        return damaged("payload");

    PayloadReader reader(*plaintext);
    const auto layout = reader.take(payloadMagic.size());
    const auto digest = reader.take(32);
    if (!layout || *layout != payloadMagic || !digest ||
        !ConstantTime::equal(*digest, Digest::sha256(m_header)))
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
    contents.generation = VaultSlotJson::wholeNumber(contents.unknownFields.take(generationKey));
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
        unlockSlots.append(VaultSlotJson::write(slot));
    const QByteArray nonce = random.bytes(Aead::nonceSize).toByteArray();
    const QJsonObject header{{QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                             {QStringLiteral("nonce"), VaultSlotJson::base64(nonce)},
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
    meta.insert(generationKey, double(contents.generation));

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
    const auto sealed = Aead::seal(keys.dataKey, nonce, plaintext, out);
    if (!sealed)
        return std::unexpected(sealed.error());
    out += sealed->toBase64() + '\n';
    out += checksumPrefix.toByteArray() + Digest::sha256(out).toHex() + '\n';
    return out;
}

} // namespace twofold
