// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// The unauthenticated stream ciphers KeePass files use, from libsodium: ChaCha20 (RFC 8439, 12-byte nonce)
// for the outer encryption and the inner protected values of KDBX 4, Salsa20 (8-byte nonce) for the inner
// values of KDBX 3.1. Keeps its position, so values XORed one after another continue the one key stream.
// Not thread-safe; one instance per file.
class StreamCipher
{
public:
    enum class Algorithm
    {
        ChaCha20,
        Salsa20
    };
    static constexpr int keySize = 32;

    // Errors: InvalidKey (key not 32 bytes, or the nonce not 12 bytes for ChaCha20 or 8 for Salsa20),
    // CryptoProviderMissing.
    [[nodiscard]] static Expected<StreamCipher> create(Algorithm algorithm, const SecureBytes &key,
                                                       QByteArrayView nonce);

    // XORs the next data.size() bytes of the key stream into `data`.
    void apply(SecureBytes &data);

private:
    StreamCipher() = default;
    void nextBlock();

    Algorithm m_algorithm = Algorithm::ChaCha20;
    SecureBytes m_key;
    QByteArray m_nonce;
    SecureBytes m_block; // the current 64 bytes of key stream
    quint64 m_blockIndex = 0;
    int m_used = 64;
};

} // namespace twofold
