// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrEncoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <cstring>

namespace twofold {

QImage QrEncoder::encode(QByteArrayView text, int moduleSize)
{
    constexpr int quietZone = 4; // modules, as the QR specification asks
    // The text is usually an account's link with its secret: the copy ZXing needs is wiped after use.
    std::string content(text.data(), size_t(text.size()));
    ZXing::BitMatrix matrix;
    bool fits = true;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4)
                     .setMargin(0)
                     .encode(content, 0, 0);
    } catch (const std::exception &) {
        fits = false; // more than a QR code holds (ZXing reports it by throwing)
    }
    explicit_bzero(content.data(), content.size());
    if (!fits)
        return {};
    const int side = (matrix.width() + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                for (int dy = 0; dy < moduleSize; ++dy) {
                    uchar *row = image.scanLine((y + quietZone) * moduleSize + dy);
                    std::fill_n(row + (x + quietZone) * moduleSize, moduleSize, uchar(0));
                }
    return image;
}

} // namespace twofold
