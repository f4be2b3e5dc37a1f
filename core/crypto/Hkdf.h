// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/HashAlgorithm.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// HKDF (RFC 5869) through OpenSSL's EVP_KDF. Only the expand step: Bitwarden stretches a KDF output that is
// already uniformly random into its encryption and MAC keys with expand alone. Thread-safe.
class Hkdf
{
public:
    // `length` bytes of output keying material from the pseudorandom key `prk`. Errors: InvalidKey (length
    // outside 1..255 hash lengths), CryptoProviderMissing.
    [[nodiscard]] static Expected<SecureBytes> expand(HashAlgorithm algorithm, const SecureBytes &prk,
                                                      QByteArrayView info, int length);
};

} // namespace twofold
