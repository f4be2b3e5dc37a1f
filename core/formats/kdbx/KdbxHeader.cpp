// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxHeader.h"

#include "formats/kdbx/KdbxBytes.h"
#include "formats/kdbx/KdbxError.h"
#include "formats/kdbx/KdbxVariantMap.h"

namespace twofold {

namespace {

constexpr quint32 keePass1Signature = 0xB54BFB65;
constexpr quint32 preReleaseSignature = 0xB54BFB66;
// No field of a real header comes near this (the KDF parameters take about 150 bytes); public custom data
// is the only free-form field and has no reason to be large.
constexpr quint32 maxFieldBytes = 64 * 1024;

enum Field : quint8
{
    End = 0,
    CipherId = 2,
    Compression = 3,
    MasterSeed = 4,
    TransformSeed = 5,
    TransformRounds = 6,
    EncryptionIv = 7,
    ProtectedStreamKey = 8,
    StreamStartBytes = 9,
    InnerRandomStreamId = 10,
    KdfParameters = 11,
    PublicCustomData = 12,
};

const QByteArray aes256Uuid = QByteArray::fromHex("31c1f2e6bf714350be5805216afc5aff");
const QByteArray chaCha20Uuid = QByteArray::fromHex("d6038a2b8b6f4cb5a524339a31dbb59a");
const QByteArray twofishUuid = QByteArray::fromHex("ad68f29f576f4bb9a36ad47af965346c");

std::optional<quint32> number32(QByteArrayView value)
{
    return value.size() == 4 ? KdbxBytes(value).number<quint32>() : std::nullopt;
}

Expected<void> setCipher(KdbxHeader &header, QByteArrayView id)
{
    if (id == aes256Uuid)
        header.cipher = KdbxHeader::Cipher::Aes256;
    else if (id == chaCha20Uuid)
        header.cipher = KdbxHeader::Cipher::ChaCha20;
    else if (id == twofishUuid)
        return KdbxError::unsupported(ErrorReason::Cipher, QStringLiteral("twofish"));
    else if (id.size() == 16)
        return KdbxError::unsupported(ErrorReason::Cipher, QString::fromLatin1(id.toByteArray().toHex()));
    else
        return KdbxError::damaged("cipher");
    return {};
}

// One field into the header. KDBX 3.1's AES-KDF seed and rounds are gathered in `aesKdf3`.
Expected<void> apply(KdbxHeader &header, quint8 id, QByteArrayView value, KdbxVariantMap &aesKdf3)
{
    switch (id) {
    case CipherId:
        return setCipher(header, value);
    case Compression: {
        const auto flag = number32(value);
        if (!flag)
            return KdbxError::damaged("compression");
        if (*flag > 1)
            return KdbxError::unsupported(ErrorReason::None, QStringLiteral("compression %1").arg(*flag));
        header.gzip = *flag == 1;
        return {};
    }
    case MasterSeed:
        if (value.size() != 32)
            return KdbxError::damaged("master seed");
        header.masterSeed = value.toByteArray();
        return {};
    case EncryptionIv:
        header.encryptionIv = value.toByteArray();
        return {};
    case TransformSeed:
        aesKdf3.insert("S", value);
        return {};
    case TransformRounds:
        if (value.size() != 8)
            return KdbxError::damaged("rounds");
        aesKdf3.insert("R", value, KdbxVariantMap::UInt64);
        return {};
    case ProtectedStreamKey:
        header.protectedStreamKey = value.toByteArray();
        return {};
    case StreamStartBytes:
        header.streamStartBytes = value.toByteArray();
        return {};
    case InnerRandomStreamId: {
        const auto stream = number32(value);
        if (!stream)
            return KdbxError::damaged("inner stream");
        header.innerStreamId = *stream;
        return {};
    }
    case KdfParameters: {
        const auto map = KdbxVariantMap::parse(value);
        if (!map)
            return KdbxError::damaged("kdf parameters");
        auto kdf = KdbxKdf::fromParameters(*map);
        if (!kdf)
            return std::unexpected(kdf.error());
        header.kdf = std::move(*kdf);
        return {};
    }
    case PublicCustomData:
        return {};
    default:
        return KdbxError::damaged("header field");
    }
}

} // namespace

bool KdbxHeader::looksLikeKeePass(QByteArrayView data)
{
    KdbxBytes bytes(data.first(qMin<qsizetype>(data.size(), 8)));
    const auto first = bytes.number<quint32>();
    const auto second = bytes.number<quint32>();
    if (data.size() < 4)
        return false;
    return first == signature1 && (!second || *second == signature2 || *second == keePass1Signature ||
                                   *second == preReleaseSignature);
}

Expected<KdbxHeader> KdbxHeader::parse(QByteArrayView data)
{
    KdbxBytes bytes(data);
    const auto first = bytes.number<quint32>();
    const auto second = bytes.number<quint32>();
    const auto minor = bytes.number<quint16>();
    const auto major = bytes.number<quint16>();
    if (!first || *first != signature1 || !second)
        return KdbxError::damaged("signature");
    if (*second == keePass1Signature)
        return KdbxError::unsupported(ErrorReason::None, QStringLiteral("keepass 1"));
    if (*second != signature2 && *second != preReleaseSignature)
        return KdbxError::damaged("signature");
    if (!major)
        return KdbxError::damaged("header");
    if (*major != 3 && *major != 4)
        return KdbxError::unsupported(ErrorReason::Version, QStringLiteral("%1.%2").arg(*major).arg(*minor));

    KdbxHeader header;
    header.major = *major;
    header.minor = *minor;
    KdbxVariantMap aesKdf3;
    bool seenKdf = false;
    for (;;) {
        const auto id = bytes.number<quint8>();
        std::optional<quint32> size;
        if (header.major == 3) {
            if (const auto size16 = bytes.number<quint16>())
                size = *size16;
        } else {
            size = bytes.number<quint32>();
        }
        if (!id || !size)
            return KdbxError::damaged("header");
        if (*size > maxFieldBytes)
            return KdbxError::damaged("header field size");
        const auto value = bytes.take(*size);
        if (!value)
            return KdbxError::damaged("header");
        if (*id == End)
            break;
        seenKdf = seenKdf || *id == KdfParameters;
        if (const auto applied = apply(header, *id, *value, aesKdf3); !applied)
            return std::unexpected(applied.error());
    }
    header.size = bytes.position();

    if (header.major == 3) {
        if (aesKdf3.isEmpty())
            return KdbxError::damaged("kdf parameters");
        auto kdf = KdbxKdf::aesKdf3(aesKdf3);
        if (!kdf)
            return std::unexpected(kdf.error());
        header.kdf = std::move(*kdf);
        if (header.protectedStreamKey.isEmpty() || header.streamStartBytes.size() != 32)
            return KdbxError::damaged("header");
    } else if (!seenKdf) {
        return KdbxError::damaged("kdf parameters");
    }
    const int ivSize = header.cipher == Cipher::Aes256 ? 16 : 12;
    if (header.masterSeed.isEmpty() || header.encryptionIv.size() != ivSize)
        return KdbxError::damaged("header");
    return header;
}

} // namespace twofold
