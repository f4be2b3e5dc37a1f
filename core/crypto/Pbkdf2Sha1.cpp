#include "crypto/Pbkdf2Sha1.h"

namespace twofold {

Expected<SecureBytes> Pbkdf2Sha1::derive(const SecureBytes &password, QByteArrayView salt, quint32 iterations,
                                         int length)
{
    if (iterations < 1 || iterations > maxIterations)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations"));
    if (length < 1 || length > 1024)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("length"));
    if (salt.isEmpty())
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("salt"));
    if (!QCA::isSupported("pbkdf2(sha1)"))
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("pbkdf2(sha1)"));
    QCA::PBKDF2 kdf(QStringLiteral("sha1"));
    const QCA::SymmetricKey key =
        kdf.makeKey(password, QCA::InitializationVector(salt.toByteArray()), uint(length), iterations);
    if (key.size() != length)
        return fail(ErrorCode::KdfFailed, QStringLiteral("pbkdf2-sha1"));
    return SecureBytes(key);
}

} // namespace twofold
