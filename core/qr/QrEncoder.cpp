#include "qr/QrEncoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace twofold {

QImage QrEncoder::encode(QByteArrayView text, int moduleSize)
{
    constexpr int quietZone = 4; // modules, as the QR specification asks
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4)
                     .setMargin(0)
                     .encode(std::string(text.data(), size_t(text.size())), 0, 0);
    } catch (const std::exception &) {
        return {}; // more than a QR code holds (ZXing reports it by throwing)
    }
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
