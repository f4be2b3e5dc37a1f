// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QImage>

namespace twofold {

// Draws text as a QR code (ZXing-C++ writer, UTF-8, error correction M): black modules on white with a
// quiet zone, each module `moduleSize` pixels. Used to show an account to a phone and by tests.
class QrEncoder
{
public:
    // A null image when the text is more than one QR code can hold (about 2,900 bytes).
    [[nodiscard]] static QImage encode(QByteArrayView text, int moduleSize = 8);
};

} // namespace twofold
