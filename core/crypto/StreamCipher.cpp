// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/StreamCipher.h"

#include <sodium.h>

namespace twofold {

namespace {
constexpr int blockSize = 64;
}

Expected<StreamCipher> StreamCipher::create(Algorithm algorithm, const SecureBytes &key, QByteArrayView nonce)
{
    const qsizetype nonceSize = algorithm == Algorithm::ChaCha20 ? crypto_stream_chacha20_ietf_NONCEBYTES
                                                                 : crypto_stream_salsa20_NONCEBYTES;
    if (key.size() != keySize || nonce.size() != nonceSize)
        return fail(ErrorCode::InvalidKey);
    if (sodium_init() < 0)
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("libsodium"));
    StreamCipher cipher;
    cipher.m_algorithm = algorithm;
    cipher.m_key = key;
    cipher.m_nonce = nonce.toByteArray();
    cipher.m_block = SecureBytes(blockSize);
    return cipher;
}

void StreamCipher::nextBlock()
{
    auto *out = reinterpret_cast<unsigned char *>(m_block.data());
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const auto *nonce = reinterpret_cast<const unsigned char *>(m_nonce.constData());
    std::fill_n(out, blockSize, 0);
    if (m_algorithm == Algorithm::ChaCha20)
        crypto_stream_chacha20_ietf_xor_ic(out, out, blockSize, nonce, quint32(m_blockIndex), key);
    else
        crypto_stream_salsa20_xor_ic(out, out, blockSize, nonce, m_blockIndex, key);
    ++m_blockIndex;
    m_used = 0;
}

void StreamCipher::apply(SecureBytes &data)
{
    char *bytes = data.data();
    const qsizetype size = data.size();
    qsizetype done = 0;
    // Whole blocks straight from libsodium when aligned: the outer payload is megabytes.
    while (done < size) {
        if (m_used == blockSize && size - done >= blockSize) {
            const qsizetype whole = (size - done) / blockSize * blockSize;
            auto *out = reinterpret_cast<unsigned char *>(bytes + done);
            const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
            const auto *nonce = reinterpret_cast<const unsigned char *>(m_nonce.constData());
            if (m_algorithm == Algorithm::ChaCha20)
                crypto_stream_chacha20_ietf_xor_ic(out, out, quint64(whole), nonce, quint32(m_blockIndex),
                                                   key);
            else
                crypto_stream_salsa20_xor_ic(out, out, quint64(whole), nonce, m_blockIndex, key);
            m_blockIndex += quint64(whole / blockSize);
            done += whole;
            continue;
        }
        if (m_used == blockSize)
            nextBlock();
        bytes[done++] ^= m_block.constData()[m_used++];
    }
}

} // namespace twofold
