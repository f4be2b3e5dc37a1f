#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// AES-256-CBC decryption through QCA, for other apps' files (Bitwarden, Authy, TOTP Authenticator).
// CBC authenticates nothing: callers check a MAC first where the format has one, and otherwise tell a
// wrong key from damaged data by what the plaintext must look like. Thread-safe.
class AesCbc
{
public:
    static constexpr int keySize = 32;
    static constexpr int blockSize = 16;

    enum class Padding
    {
        Pkcs7,
        None // whole blocks, returned as decrypted (e.g. one block to check a known plaintext prefix)
    };

    // Errors: CryptoProviderMissing; InvalidKey (key not 32 bytes, IV not 16, ciphertext empty or not whole
    // blocks); AuthenticationFailed (PKCS#7 padding wrong: a wrong key or changed data). No partial output.
    [[nodiscard]] static Expected<SecureBytes> decrypt(const SecureBytes &key, QByteArrayView iv,
                                                       QByteArrayView ciphertext,
                                                       Padding padding = Padding::Pkcs7);
};

} // namespace twofold
