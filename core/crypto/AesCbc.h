// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// AES-CBC decryption with PKCS#7 padding through QCA, for foreign formats that use it without a MAC
// (Authenticator Pro's legacy backups, Bitwarden's EncString after its own MAC check). Thread-safe.
class AesCbc
{
public:
    static constexpr int blockSize = 16;

    enum class Padding
    {
        Pkcs7,
        None, // whole blocks as they decrypt, e.g. to look at the first block of a file that lost its end
    };

    // `key` of 16, 24 or 32 bytes (AES-128/192/256), a 16-byte `iv`. Errors: CryptoProviderMissing,
    // InvalidKey (key or IV size), AuthenticationFailed when the ciphertext is not whole blocks or the
    // padding is wrong; without a MAC that is the only sign of a wrong key, and it misses 1 in ~256.
    [[nodiscard]] static Expected<SecureBytes> decrypt(const SecureBytes &key, QByteArrayView iv,
                                                       QByteArrayView ciphertext,
                                                       Padding padding = Padding::Pkcs7);
};

} // namespace twofold
