// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/AesCbc.h"

#include "crypto/AesCipherName.h"

namespace twofold {

Expected<SecureBytes> AesCbc::decrypt(const SecureBytes &key, QByteArrayView iv, QByteArrayView ciphertext,
                                      Padding padding)
{
    const QString name = aesCipherName(key.size());
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
