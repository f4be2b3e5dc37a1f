// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

namespace twofold {

// One of an account's printed backup codes: each one opens the account on its own, so it is kept like a
// secret (UTF-8 in secure memory), shown by painting and copied as a secret, never handed to QML as text.
struct RecoveryCode
{
    SecureBytes code;
    bool used = false;

    bool operator==(const RecoveryCode &other) const { return used == other.used && code == other.code; }
};

} // namespace twofold
