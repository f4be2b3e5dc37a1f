// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// RFC 4648 base32 as authenticator secrets use it.
class Base32
{
public:
    // Case-insensitive; spaces, tabs and hyphens are ignored; trailing '=' padding is optional;
    // trailing bits that do not fill a byte are discarded (real exports contain such lengths).
    // Errors: Base32InvalidCharacter (detail: the character), Base32Empty (nothing left to decode).
    [[nodiscard]] static Expected<SecureBytes> decode(QByteArrayView text);

    // Upper case, no padding.
    [[nodiscard]] static SecureBytes encode(const SecureBytes &bytes);
};

} // namespace twofold
