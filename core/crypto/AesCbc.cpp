#include "crypto/AesCbc.h"

namespace twofold {

Expected<SecureBytes> AesCbc::decrypt(const SecureBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                      Padding padding)
{
    const char *feature = padding == Padding::Pkcs7 ? "aes256-cbc-pkcs7" : "aes256-cbc";
    if (!QCA::isSupported(feature))
        return fail(ErrorCode::CryptoProviderMissing, QString::fromLatin1(feature));
    if (key.size() != keySize || iv.size() != blockSize || ciphertext.isEmpty() ||
        ciphertext.size() % blockSize != 0)
        return fail(ErrorCode::InvalidKey);
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::CBC,
                       padding == Padding::Pkcs7 ? QCA::Cipher::PKCS7 : QCA::Cipher::NoPadding, QCA::Decode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(iv.toByteArray()));
    SecureBytes out = cipher.update(QCA::MemoryRegion(ciphertext.toByteArray()));
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed);
    out.append(cipher.final());
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed); // out is wiped when it goes out of scope
    return out;
}

} // namespace twofold
