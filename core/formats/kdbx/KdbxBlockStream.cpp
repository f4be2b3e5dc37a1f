// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxBlockStream.h"

#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "crypto/Hmac.h"
#include "formats/kdbx/KdbxBytes.h"
#include "formats/kdbx/KdbxError.h"

#include <QtEndian>

#include <cstring>

namespace twofold {

namespace {
QByteArray littleEndian64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}
} // namespace

Expected<SecureBytes> KdbxBlockStream::blockKey(quint64 index, const SecureBytes &hmacKey)
{
    SecureBytes input(littleEndian64(index));
    input.append(hmacKey);
    return Digest::sha512Secret(input);
}

Expected<QByteArray> KdbxBlockStream::hmacBlocks(QByteArrayView data, const SecureBytes &hmacKey)
{
    KdbxBytes bytes(data);
    QByteArray out;
    for (quint64 index = 0;; ++index) {
        const auto mac = bytes.take(32);
        const auto sizeField = bytes.take(4);
        const qint32 size = sizeField ? qFromLittleEndian<qint32>(sizeField->data()) : -1;
        const auto block = size >= 0 ? bytes.take(size) : std::nullopt;
        if (!mac || !block)
            return KdbxError::damaged("blocks");
        const auto key = blockKey(index, hmacKey);
        if (!key)
            return std::unexpected(key.error());
        QByteArray message = littleEndian64(index);
        message.append(*sizeField).append(*block);
        const auto expected = Hmac::compute(HashAlgorithm::Sha256, *key, message);
        if (!expected)
            return std::unexpected(expected.error());
        if (!ConstantTime::equal(*expected, *mac))
            return KdbxError::damaged("blocks");
        if (size == 0)
            return out;
        out.append(*block);
    }
}

Expected<SecureBytes> KdbxBlockStream::hashedBlocks(const SecureBytes &data, qsizetype offset)
{
    KdbxBytes bytes(
        QByteArrayView(data.constData(), data.size()).sliced(qMin(offset, qsizetype(data.size()))));
    SecureBytes out;
    for (quint32 index = 0;; ++index) {
        const auto number = bytes.number<quint32>();
        const auto hash = bytes.take(32);
        const auto size = bytes.number<qint32>();
        const auto block = size && *size >= 0 ? bytes.take(*size) : std::nullopt;
        if (!number || *number != index || !hash || !block)
            return KdbxError::damaged("blocks");
        if (*size == 0) {
            if (*hash != QByteArray(32, '\0'))
                return KdbxError::damaged("blocks");
            return out;
        }
        SecureBytes plain(int(block->size()));
        std::memcpy(plain.data(), block->data(), size_t(block->size()));
        if (Digest::sha256Secret(plain).toByteArray() != *hash)
            return KdbxError::damaged("blocks");
        out.append(plain);
    }
}

} // namespace twofold
