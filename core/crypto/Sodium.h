// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// The libsodium primitives other apps' files use and neither QCA nor OpenSSL offer in the same shape
// (Ente Auth: crypto_pwhash Argon2id and crypto_secretstream XChaCha20-Poly1305). Thread-safe.
class Sodium
{
public:
    static constexpr int saltSize = 16;         // crypto_pwhash_SALTBYTES
    static constexpr int keySize = 32;          // crypto_secretstream_xchacha20poly1305_KEYBYTES
    static constexpr int streamHeaderSize = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
    static constexpr int streamOverhead = 17;   // crypto_secretstream_xchacha20poly1305_ABYTES

    // crypto_pwhash with Argon2id v1.3 (one lane). The caller bounds the costs first (KdfParameters);
    // this only refuses what libsodium itself cannot take. Slow by design; off the GUI thread.
    // Errors: KdfParametersOutOfRange (detail: which), KdfFailed (e.g. out of memory), CryptoProviderMissing.
    [[nodiscard]] static Expected<SecureBytes> argon2id(const SecureBytes &password, QByteArrayView salt,
                                                        quint64 opsLimit, quint64 memLimitBytes, int length);

    // Decrypts the first message of a crypto_secretstream_xchacha20poly1305 stream (any tag).
    // Errors: InvalidKey (key or header size), AuthenticationFailed (wrong key, or changed or short data).
    [[nodiscard]] static Expected<SecureBytes>
    openStreamMessage(const SecureBytes &key, QByteArrayView header, QByteArrayView message);
};

} // namespace twofold
