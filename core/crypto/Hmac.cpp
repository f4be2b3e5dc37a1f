// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hmac.h"

#include <cstring>

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
    // The message can be key material itself (HKDF feeds the previous block back in), so it is copied into
    // secure memory, never into a plain QByteArray that is freed unwiped.
    SecureBytes region(int(message.size()));
    if (!message.isEmpty())
        std::memcpy(region.data(), message.data(), size_t(message.size()));
    mac.update(region);
    return SecureBytes(mac.final());
}

} // namespace twofold
