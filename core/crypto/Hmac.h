// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/HashAlgorithm.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

class Hmac
{
public:
    // HMAC of `message` under `key` (any length). Thread-safe. The result is secret-derived and
    // therefore returned in secure memory. Fails only when the crypto provider lacks the algorithm.
    [[nodiscard]] static Expected<SecureBytes> compute(HashAlgorithm algorithm, const SecureBytes &key,
                                                       QByteArrayView message);
};

} // namespace twofold
