// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hkdf.h"

#include "crypto/EvpKdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>

namespace twofold {

namespace {
int hashLength(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha512:
        return 64;
    }
    Q_UNREACHABLE();
}
} // namespace

Expected<SecureBytes> Hkdf::expand(HashAlgorithm algorithm, const SecureBytes &prk, QByteArrayView info,
                                   int length)
{
    if (length < 1 || length > 255 * hashLength(algorithm))
        return fail(ErrorCode::InvalidKey);
    int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
    char digest[8] = {};
    qstrncpy(digest, hashAlgorithmName(algorithm).toLatin1().constData(), sizeof digest); // "SHA256", …
    std::vector<OSSL_PARAM> params = {OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
                                      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
                                      EvpKdf::octets(OSSL_KDF_PARAM_KEY, EvpKdf::view(prk))};
    if (!info.isEmpty())
        params.push_back(EvpKdf::octets(OSSL_KDF_PARAM_INFO, info));
    return EvpKdf::derive("HKDF", std::move(params), length);
}

} // namespace twofold
