#include "crypto/Digest.h"

#include <QtCrypto>

namespace twofold {

QByteArray Digest::sha256(QByteArrayView data)
{
    QCA::Hash hash(QStringLiteral("sha256"));
    hash.update(data.toByteArray());
    return hash.final().toByteArray();
}

} // namespace twofold
