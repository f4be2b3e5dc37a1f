// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/EvpKdf.h"

#include <openssl/kdf.h>

#include <memory>

namespace twofold {

namespace {
struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};
} // namespace

OSSL_PARAM EvpKdf::octets(const char *key, QByteArrayView bytes)
{
    // OpenSSL only reads these buffers; the const_cast is its API's, not a write.
    return OSSL_PARAM_construct_octet_string(key, const_cast<char *>(bytes.data()), size_t(bytes.size()));
}

Expected<SecureBytes> EvpKdf::derive(const char *algorithm, std::vector<OSSL_PARAM> params, int length)
{
    params.push_back(OSSL_PARAM_construct_end());
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf)
        return fail(ErrorCode::CryptoProviderMissing, QString::fromLatin1(algorithm));
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    SecureBytes out(length);
    if (!ctx || EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(length),
                               params.data()) != 1)
        return fail(ErrorCode::KdfFailed, QString::fromLatin1(algorithm));
    return out;
}

} // namespace twofold
