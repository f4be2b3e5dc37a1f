// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/AesKdf.h"

#include "crypto/Digest.h"

#include <openssl/evp.h>

#include <memory>

namespace twofold {

namespace {
struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
} // namespace

Expected<SecureBytes> AesKdf::derive(const SecureBytes &key, QByteArrayView seed, quint64 rounds)
{
    if (key.size() != 32 || seed.size() != seedSize)
        return fail(ErrorCode::InvalidKey);
    std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> ctx(EVP_CIPHER_CTX_new());
    const auto *seedBytes = reinterpret_cast<const unsigned char *>(seed.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ecb(), nullptr, seedBytes, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("aes-256-ecb"));
    SecureBytes block = key;
    auto *data = reinterpret_cast<unsigned char *>(block.data());
    int written = 0;
    for (quint64 round = 0; round < rounds; ++round) {
        // ECB encrypts each 16-byte block on its own, so in place is safe.
        if (EVP_EncryptUpdate(ctx.get(), data, &written, data, 32) != 1 || written != 32)
            return fail(ErrorCode::KdfFailed, QStringLiteral("aes-kdf"));
    }
    return Digest::sha256Secret(block);
}

} // namespace twofold
