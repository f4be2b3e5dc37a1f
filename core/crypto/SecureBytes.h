// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtCrypto>

namespace twofold {

// Bytes that must not leak: locked where the system allows it and wiped when released.
// Every secret and key in core travels in this type, never in a QString or QByteArray.
using SecureBytes = QCA::SecureArray;

// A typed password as the exact UTF-8 bytes the KDF gets, without leaving an unwiped UTF-8 copy behind.
inline SecureBytes secureUtf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    SecureBytes secure(bytes);
    bytes.fill('\0'); // sole owner, so this wipes the temporary in place
    return secure;
}

} // namespace twofold
