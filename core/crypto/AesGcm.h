// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// AES-GCM (NIST SP 800-38D) through OpenSSL's EVP interface, with a 96-bit nonce, a 128-bit tag appended to
// the ciphertext and optional associated data (authenticated, not encrypted). Foreign formats need the
// associated data: FreeOTP 2 binds each key to its algorithm name; the vault binds its header. Thread-safe.
class AesGcm
{
public:
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;

    // ciphertext || tag under a 16-, 24- or 32-byte key. Errors: InvalidKey (key or nonce size),
    // CryptoProviderMissing (OpenSSL refused the cipher).
    [[nodiscard]] static Expected<QByteArray> seal(const SecureBytes &key, QByteArrayView nonce,
                                                   QByteArrayView plaintext,
                                                   QByteArrayView associatedData = {});

    // Opens `sealed` = ciphertext || tag. No plaintext is returned unless the tag matches. Errors:
    // InvalidKey (key or nonce size), CryptoProviderMissing, AuthenticationFailed (wrong key, changed data
    // or associated data).
    [[nodiscard]] static Expected<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce,
                                                    QByteArrayView sealed,
                                                    QByteArrayView associatedData = {});
};

} // namespace twofold
