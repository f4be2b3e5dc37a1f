// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// Argon2d and Argon2id with every parameter a foreign file may set (KeePass: version, lanes, secret and
// associated data), through OpenSSL 3's EVP_KDF. The caller bounds the costs first. Slow by design; off the
// GUI thread. Thread-safe.
class Argon2
{
public:
    enum class Variant
    {
        D,
        Id
    };

    struct Parameters
    {
        Variant variant = Variant::Id;
        quint32 version = 0x13; // 0x10 or 0x13
        QByteArrayView salt;
        QByteArrayView secret;
        QByteArrayView associatedData;
        quint32 iterations = 1;
        quint32 memoryKiB = 8;
        quint32 lanes = 1;
    };

    // `length` bytes. Errors: CryptoProviderMissing (OpenSSL lacks the variant), KdfFailed (it refused the
    // parameters or ran out of memory).
    [[nodiscard]] static Expected<SecureBytes> derive(const Parameters &parameters,
                                                      const SecureBytes &password, int length);
};

} // namespace twofold
