#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

namespace twofold {

// AES-256-GCM through QCA with a 96-bit nonce and a 128-bit tag appended to the ciphertext.
// QCA's GCM has no associated-data input; callers that must bind a header put its digest inside the
// plaintext (see docs/vault-format.md). Thread-safe.
class Aead
{
public:
    static constexpr int keySize = 32;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;

    // ciphertext || tag. Errors: CryptoProviderMissing, InvalidKey (wrong key or nonce size).
    [[nodiscard]] static Expected<QByteArray> seal(const SecureBytes &key, QByteArrayView nonce,
                                                   const SecureBytes &plaintext);

    // The plaintext, or AuthenticationFailed when the key is wrong or any byte was changed; no partial
    // output is ever returned.
    [[nodiscard]] static Expected<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce,
                                                    QByteArrayView sealed);
};

} // namespace twofold
