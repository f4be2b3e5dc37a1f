#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// AES-GCM decryption with associated data, which QCA's GCM cannot take (Aead covers the no-AAD case).
// Foreign formats need it: FreeOTP 2 binds each key to its algorithm name, OTPClient to its header.
// Built from QCA's AES block function: CTR keystream and the tag's mask from AES-ECB, GHASH in software
// (NIST SP 800-38D, algorithms 1–5) without secret-dependent branches or table lookups. Thread-safe.
class AesGcm
{
public:
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;

    // Opens `sealed` = ciphertext || 16-byte tag under a 16-, 24- or 32-byte key and a 12-byte nonce.
    // The tag is checked (in constant time) before any plaintext is produced. Errors:
    // CryptoProviderMissing, InvalidKey (key or nonce size), AuthenticationFailed (wrong key, changed
    // data or associated data).
    [[nodiscard]] static Expected<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce,
                                                    QByteArrayView sealed, QByteArrayView associatedData);
};

} // namespace twofold
