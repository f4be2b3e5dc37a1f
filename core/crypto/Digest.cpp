// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Digest.h"

#include <QtCrypto>

namespace twofold {

QByteArray Digest::sha256(QByteArrayView data)
{
    QCA::Hash hash(QStringLiteral("sha256"));
    hash.update(data.toByteArray());
    return hash.final().toByteArray();
}

SecureBytes Digest::sha256Secret(const SecureBytes &secret)
{
    QCA::Hash hash(QStringLiteral("sha256"));
    hash.update(secret);
    return SecureBytes(hash.final());
}

SecureBytes Digest::sha512Secret(const SecureBytes &secret)
{
    QCA::Hash hash(QStringLiteral("sha512"));
    hash.update(secret);
    return SecureBytes(hash.final());
}

} // namespace twofold
