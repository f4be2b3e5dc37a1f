#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace twofold {

class Digest
{
public:
    // SHA-256 of non-secret data (file checksums, header binding).
    static QByteArray sha256(QByteArrayView data);
};

} // namespace twofold
