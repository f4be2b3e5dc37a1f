#include "crypto/Hmac.h"

namespace twofold {

namespace {
QString qcaName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return QStringLiteral("hmac(sha1)");
    case HashAlgorithm::Sha256:
        return QStringLiteral("hmac(sha256)");
    case HashAlgorithm::Sha512:
        return QStringLiteral("hmac(sha512)");
    }
    Q_UNREACHABLE();
}
} // namespace

Expected<SecureBytes> Hmac::compute(HashAlgorithm algorithm, const SecureBytes &key, QByteArrayView message)
{
    const QString name = qcaName(algorithm);
    if (!QCA::isSupported(name.toLatin1().constData()))
        return fail(ErrorCode::CryptoProviderMissing, name);
    QCA::MessageAuthenticationCode mac(name, QCA::SymmetricKey(key));
    mac.update(QCA::MemoryRegion(message.toByteArray()));
    return SecureBytes(mac.final());
}

} // namespace twofold
