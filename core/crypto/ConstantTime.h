// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// Comparisons of secrets and of values an attacker may probe byte by byte (MACs, tags, digests, keys):
// the time taken depends on the lengths only, never on where the bytes differ (OpenSSL's CRYPTO_memcmp).
class ConstantTime
{
public:
    static bool equal(QByteArrayView a, QByteArrayView b);
    static bool equal(const SecureBytes &a, const SecureBytes &b);
    static bool equal(const SecureBytes &a, QByteArrayView b);
};

} // namespace twofold
