// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

namespace twofold {

// AES-256-GCM (AesGcm, OpenSSL EVP) with a 96-bit nonce and a 128-bit tag appended to the ciphertext:
// the vault's and its slots' cipher, and Aegis's, andOTP's and 2FAS's. `associatedData` is authenticated
// but not encrypted (the vault's header). Thread-safe.
class Aead
{
public:
    static constexpr int keySize = 32;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;

    // ciphertext || tag. Errors: CryptoProviderMissing, InvalidKey (wrong key or nonce size).
    [[nodiscard]] static Expected<QByteArray> seal(const SecureBytes &key, QByteArrayView nonce,
                                                   const SecureBytes &plaintext,
                                                   QByteArrayView associatedData = {});

    // The plaintext, or AuthenticationFailed when the key is wrong or any byte of `sealed` or
    // `associatedData` was changed; no partial output is ever returned.
    [[nodiscard]] static Expected<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce,
                                                    QByteArrayView sealed,
                                                    QByteArrayView associatedData = {});
};

} // namespace twofold
