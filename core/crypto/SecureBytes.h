#pragma once

#include <QtCrypto>

namespace twofold {

// Bytes that must not leak: locked where the system allows it and wiped when released.
// Every secret and key in core travels in this type, never in a QString or QByteArray.
using SecureBytes = QCA::SecureArray;

} // namespace twofold
