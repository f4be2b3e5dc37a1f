// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twofold {

// QCA's name for AES with a key of this many bytes ("aes128", "aes192", "aes256"), empty for any other
// size; the mode (CBC) adds its suffix to it.
inline QString aesCipherName(int keyBytes)
{
    switch (keyBytes) {
    case 16:
        return QStringLiteral("aes128");
    case 24:
        return QStringLiteral("aes192");
    case 32:
        return QStringLiteral("aes256");
    default:
        return {};
    }
}

} // namespace twofold
