// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxPayload.h"

#include "crypto/AesCbc.h"
#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "crypto/Hmac.h"
#include "crypto/StreamCipher.h"
#include "formats/kdbx/GzipReader.h"
#include "formats/kdbx/KdbxBlockStream.h"
#include "formats/kdbx/KdbxBytes.h"
#include "formats/kdbx/KdbxError.h"

#include <cstring>

namespace twofold {

namespace {

constexpr quint64 headerHmacIndex = ~quint64(0);

SecureBytes secureCopy(QByteArrayView bytes)
{
    SecureBytes out(int(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.data(), size_t(bytes.size()));
    return out;
}

// SHA-256 or SHA-512 of masterSeed || transformedKey (|| 0x01 for the HMAC key).
SecureBytes joined(const QByteArray &seed, const SecureBytes &transformed, bool hmac)
{
    SecureBytes input(seed);
    input.append(transformed);
    if (hmac) {
        input.append(SecureBytes(QByteArray(1, '\x01')));
        return Digest::sha512Secret(input);
    }
    return Digest::sha256Secret(input);
}

Expected<SecureBytes> decrypt(const KdbxHeader &header, const SecureBytes &key, QByteArrayView ciphertext,
                              AesCbc::Padding padding = AesCbc::Padding::Pkcs7)
{
    if (header.cipher == KdbxHeader::Cipher::Aes256) {
        auto plain = AesCbc::decrypt(key, header.encryptionIv, ciphertext, padding);
        if (!plain && plain.error().code == ErrorCode::AuthenticationFailed)
            return KdbxError::damaged("payload");
        return plain;
    }
    auto cipher = StreamCipher::create(StreamCipher::Algorithm::ChaCha20, key, header.encryptionIv);
    if (!cipher)
        return std::unexpected(cipher.error());
    SecureBytes data = secureCopy(ciphertext);
    cipher->apply(data);
    return data;
}

Expected<SecureBytes> inflated(const KdbxHeader &header, SecureBytes data)
{
    if (!header.gzip) {
        if (data.size() > KdbxPayload::maxXmlBytes)
            return KdbxError::tooLarge(ErrorReason::FileTooLarge);
        return data;
    }
    auto out = GzipReader::inflate(QByteArrayView(data.constData(), data.size()), KdbxPayload::maxXmlBytes);
    if (!out && out.error() == GzipReader::Failure::TooLarge)
        return KdbxError::tooLarge(ErrorReason::FileTooLarge);
    if (!out)
        return KdbxError::damaged("gzip");
    return std::move(*out);
}

// KDBX 4's inner header: the protected values' stream and key; attachments are skipped.
Expected<KdbxPayload> innerHeader(const SecureBytes &data)
{
    KdbxBytes bytes(QByteArrayView(data.constData(), data.size()));
    KdbxPayload payload;
    for (;;) {
        const auto id = bytes.number<quint8>();
        const auto size = bytes.number<qint32>();
        const auto value = size && *size >= 0 ? bytes.take(*size) : std::nullopt;
        if (!id || !value)
            return KdbxError::damaged("inner header");
        if (*id == 0)
            break;
        if (*id == 1) {
            const auto stream = value->size() == 4 ? KdbxBytes(*value).number<quint32>() : std::nullopt;
            if (!stream)
                return KdbxError::damaged("inner header");
            payload.innerStreamId = *stream;
        } else if (*id == 2) {
            payload.innerStreamKey = secureCopy(*value);
        }
    }
    payload.xml = secureCopy(QByteArrayView(data.constData(), data.size()).sliced(bytes.position()));
    return payload;
}

Expected<KdbxPayload> openVersion4(const KdbxHeader &header, QByteArrayView file,
                                   const SecureBytes &transformed)
{
    KdbxBytes bytes(file.sliced(header.size));
    const auto hash = bytes.take(32);
    const auto mac = bytes.take(32);
    if (!hash || !mac)
        return KdbxError::damaged("header");
    const SecureBytes hmacKey = joined(header.masterSeed, transformed, true);
    const auto headerKey = KdbxBlockStream::blockKey(headerHmacIndex, hmacKey);
    if (!headerKey)
        return std::unexpected(headerKey.error());
    const auto expected = Hmac::compute(HashAlgorithm::Sha256, *headerKey, file.first(header.size));
    if (!expected)
        return std::unexpected(expected.error());
    if (!ConstantTime::equal(*expected, *mac))
        return KdbxError::wrongKey();
    const auto ciphertext = KdbxBlockStream::hmacBlocks(file.sliced(header.size + 64), hmacKey);
    if (!ciphertext)
        return std::unexpected(ciphertext.error());
    auto plain = decrypt(header, joined(header.masterSeed, transformed, false), *ciphertext);
    if (!plain)
        return std::unexpected(plain.error());
    auto data = inflated(header, std::move(*plain));
    if (!data)
        return std::unexpected(data.error());
    return innerHeader(*data);
}

Expected<KdbxPayload> openVersion3(const KdbxHeader &header, QByteArrayView file,
                                   const SecureBytes &transformed)
{
    const SecureBytes key = joined(header.masterSeed, transformed, false);
    const QByteArrayView ciphertext = file.sliced(header.size);
    if (ciphertext.size() < 32)
        return KdbxError::damaged("payload");
    // The first 32 bytes decrypt on their own and must be the header's stream start bytes: the one sign of
    // a wrong key, checked before the rest (whose padding fails alike for a wrong key and a cut file).
    const auto start = decrypt(header, key, ciphertext.first(32), AesCbc::Padding::None);
    if (!start)
        return std::unexpected(start.error());
    if (!ConstantTime::equal(*start, QByteArrayView(header.streamStartBytes)))
        return KdbxError::wrongKey();
    const auto plain = decrypt(header, key, ciphertext);
    if (!plain)
        return std::unexpected(plain.error());
    auto blocks = KdbxBlockStream::hashedBlocks(*plain, 32);
    if (!blocks)
        return std::unexpected(blocks.error());
    auto data = inflated(header, std::move(*blocks));
    if (!data)
        return std::unexpected(data.error());
    KdbxPayload payload;
    payload.xml = std::move(*data);
    payload.innerStreamId = header.innerStreamId;
    payload.innerStreamKey = secureCopy(header.protectedStreamKey);
    return payload;
}

} // namespace

Expected<KdbxPayload> KdbxPayload::open(const KdbxHeader &header, QByteArrayView file,
                                        const SecureBytes &compositeKey)
{
    const auto transformed = header.kdf.derive(compositeKey);
    if (!transformed)
        return std::unexpected(transformed.error());
    return header.major == 4 ? openVersion4(header, file, *transformed)
                             : openVersion3(header, file, *transformed);
}

} // namespace twofold
