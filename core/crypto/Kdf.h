// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/HashAlgorithm.h"
#include "crypto/KdfParameters.h"
#include "crypto/SecureBytes.h"

namespace twofold {

// Password-based key derivation through OpenSSL 3 EVP_KDF (EvpKdf). Slow by design (0.3–3 s for the
// defaults): call it off the GUI thread. Thread-safe.
class Kdf
{
public:
    // Derives `length` bytes. Validates the parameters first (KdfParametersOutOfRange), so costs from a
    // file never reach the allocator unchecked. KdfFailed when OpenSSL refuses (e.g. out of memory).
    [[nodiscard]] static Expected<SecureBytes> derive(const KdfParameters &parameters,
                                                      const SecureBytes &password, int length);

    // PBKDF2 with the HMAC digest a foreign file names (andOTP, FreeOTP and Authenticator Pro use SHA-1 or
    // SHA-512). The bounds of KdfParameters' PBKDF2 apply: KdfParametersOutOfRange ("iterations", "salt").
    [[nodiscard]] static Expected<SecureBytes> pbkdf2(HashAlgorithm digest, const SecureBytes &password,
                                                      QByteArrayView salt, quint32 iterations, int length);

    // Raw Argon2id with RFC 9106's optional secret and associated data, for known-answer tests;
    // no bounds are applied here.
    [[nodiscard]] static Expected<SecureBytes> argon2id(const SecureBytes &password, QByteArrayView salt,
                                                        quint32 iterations, quint32 memoryKiB, quint32 lanes,
                                                        int length, QByteArrayView secret = {},
                                                        QByteArrayView associatedData = {});
};

} // namespace twofold
