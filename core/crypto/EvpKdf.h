// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

#include <openssl/params.h>

#include <vector>

namespace twofold {

// One call of an OpenSSL 3 EVP_KDF by name ("ARGON2ID", "SCRYPT", "PBKDF2", "HKDF"): the shared plumbing of
// Kdf and Hkdf. Internal to core/crypto. Thread-safe.
class EvpKdf
{
public:
    // `length` bytes. Errors: CryptoProviderMissing (OpenSSL lacks the KDF), KdfFailed (it refused the
    // parameters or ran out of memory).
    [[nodiscard]] static Expected<SecureBytes> derive(const char *algorithm, std::vector<OSSL_PARAM> params,
                                                      int length);

    // A parameter OpenSSL only reads; `bytes` must outlive the derive() call.
    static OSSL_PARAM octets(const char *key, QByteArrayView bytes);
    static QByteArrayView view(const SecureBytes &bytes) { return {bytes.constData(), bytes.size()}; }
};

} // namespace twofold
