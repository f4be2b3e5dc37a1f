// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ConstantTime.h"

#include <openssl/crypto.h>

namespace twofold {

bool ConstantTime::equal(QByteArrayView a, QByteArrayView b)
{
    // The lengths are public (fixed by the format); only the contents are compared in constant time.
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool ConstantTime::equal(const SecureBytes &a, const SecureBytes &b)
{
    return equal(a, QByteArrayView(b.constData(), b.size()));
}

bool ConstantTime::equal(const SecureBytes &a, QByteArrayView b)
{
    return equal(QByteArrayView(a.constData(), a.size()), b);
}

} // namespace twofold
