// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// KeePass's AES-KDF: 32 bytes encrypted `rounds` times in place with AES-256-ECB under a 32-byte seed, then
// SHA-256 of the result. The caller bounds `rounds` first. Thread-safe.
class AesKdf
{
public:
    static constexpr int seedSize = 32;

    // Errors: InvalidKey (seed or key not 32 bytes), CryptoProviderMissing.
    [[nodiscard]] static Expected<SecureBytes> derive(const SecureBytes &key, QByteArrayView seed,
                                                      quint64 rounds);
};

} // namespace twofold
