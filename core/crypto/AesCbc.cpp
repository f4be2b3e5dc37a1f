#include "crypto/AesCbc.h"

namespace twofold {

namespace {
QString cipherFor(int keySize)
{
    switch (keySize) {
    case 16:
        return QStringLiteral("aes128");
    case 24:
        return QStringLiteral("aes192");
    case 32:
        return QStringLiteral("aes256");
    default:
        return {};
    }
}
} // namespace

Expected<SecureBytes> AesCbc::decrypt(const SecureBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                      Padding padding)
{
    const QString name = cipherFor(key.size());
    if (name.isEmpty() || iv.size() != blockSize)
        return fail(ErrorCode::InvalidKey);
    const QString feature =
        name + (padding == Padding::Pkcs7 ? QStringLiteral("-cbc-pkcs7") : QStringLiteral("-cbc"));
    if (!QCA::isSupported(qPrintable(feature)))
        return fail(ErrorCode::CryptoProviderMissing, feature);
    if (ciphertext.isEmpty() || ciphertext.size() % blockSize != 0)
        return fail(ErrorCode::AuthenticationFailed);
    QCA::Cipher cipher(name, QCA::Cipher::CBC,
                       padding == Padding::Pkcs7 ? QCA::Cipher::PKCS7 : QCA::Cipher::NoPadding, QCA::Decode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(iv.toByteArray()));
    SecureBytes out = cipher.update(QCA::MemoryRegion(ciphertext.toByteArray()));
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed);
    out.append(cipher.final());
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed); // bad padding; out is wiped on return
    return out;
}

} // namespace twofold
