// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/AesGcm.h"

#include <openssl/evp.h>

#include <memory>

namespace twofold {

namespace {
struct ContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_CIPHER_CTX, ContextDeleter>;

const EVP_CIPHER *cipherFor(int keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

const unsigned char *in(const char *bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes);
}

unsigned char *out(char *bytes)
{
    return reinterpret_cast<unsigned char *>(bytes);
}

std::unexpected<Error> providerMissing()
{
    return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("aes-gcm"));
}

// A context keyed for one message, with the associated data already absorbed; null when OpenSSL refuses.
// EVP's update with a null output buffer is its way of taking associated data.
Context start(bool encrypt, const EVP_CIPHER *cipher, const SecureBytes &key, QByteArrayView nonce,
              QByteArrayView associatedData)
{
    Context context(EVP_CIPHER_CTX_new());
    int length = 0;
    if (!context ||
        EVP_CipherInit_ex(context.get(), cipher, nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, AesGcm::nonceSize, nullptr) != 1 ||
        EVP_CipherInit_ex(context.get(), nullptr, nullptr, in(key.constData()), in(nonce.data()),
                          encrypt ? 1 : 0) != 1)
        return nullptr;
    if (!associatedData.isEmpty() &&
        EVP_CipherUpdate(context.get(), nullptr, &length, in(associatedData.data()),
                         int(associatedData.size())) != 1)
        return nullptr;
    return context;
}
} // namespace

Expected<QByteArray> AesGcm::seal(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                                  QByteArrayView associatedData)
{
    const EVP_CIPHER *cipher = cipherFor(key.size());
    if (!cipher || nonce.size() != nonceSize)
        return fail(ErrorCode::InvalidKey);
    const Context context = start(true, cipher, key, nonce, associatedData);
    if (!context)
        return providerMissing();
    QByteArray sealed(plaintext.size() + tagSize, Qt::Uninitialized);
    int length = 0;
    if (!plaintext.isEmpty() && EVP_EncryptUpdate(context.get(), out(sealed.data()), &length,
                                                  in(plaintext.data()), int(plaintext.size())) != 1)
        return providerMissing();
    // GCM is a stream mode: final emits no bytes, it only completes the tag.
    unsigned char none[16];
    int finalLength = 0;
    if (EVP_EncryptFinal_ex(context.get(), none, &finalLength) != 1 || finalLength != 0 ||
        length != plaintext.size() ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, sealed.data() + plaintext.size()) !=
            1)
        return providerMissing();
    return sealed;
}

Expected<SecureBytes> AesGcm::open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed,
                                   QByteArrayView associatedData)
{
    const EVP_CIPHER *cipher = cipherFor(key.size());
    if (!cipher || nonce.size() != nonceSize)
        return fail(ErrorCode::InvalidKey);
    if (sealed.size() < tagSize)
        return fail(ErrorCode::AuthenticationFailed);
    const QByteArrayView body = sealed.first(sealed.size() - tagSize);
    const Context context = start(false, cipher, key, nonce, associatedData);
    if (!context)
        return providerMissing();
    SecureBytes plaintext(int(body.size()));
    int length = 0;
    if (!body.isEmpty() && EVP_DecryptUpdate(context.get(), out(plaintext.data()), &length, in(body.data()),
                                             int(body.size())) != 1)
        return providerMissing();
    // OpenSSL only reads the expected tag; the const_cast is its API's, not a write.
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize,
                            const_cast<char *>(sealed.data() + body.size())) != 1)
        return providerMissing();
    // Final compares the tags in constant time; on a mismatch the decrypted bytes are wiped with `plaintext`.
    unsigned char none[16];
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(context.get(), none, &finalLength) != 1 || finalLength != 0 ||
        length != body.size())
        return fail(ErrorCode::AuthenticationFailed);
    return plaintext;
}

} // namespace twofold
