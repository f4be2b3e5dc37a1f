// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrEncoder.h"

#include <QImage>
#include <QPainter>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace twofold::test {

// A camera's view of a page: white paper with a QR code of `text` in the middle taking about a third of
// the height, slightly turned. An empty `text` gives the page alone.
inline QImage cameraView(QSize size, QByteArrayView text)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(QColor(236, 236, 230));
    if (text.isEmpty())
        return page;
    const QImage code = QrEncoder::encode(text, 4);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.rotate(4);
    const qreal scale = size.height() / 3.0 / code.height();
    painter.scale(scale, scale);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    return page;
}

// `image` as a video frame in `format` (NV12, YUV420P or a 32-bit RGB format), written plane by plane
// as a camera driver would, with neutral chroma.
inline QVideoFrame videoFrame(const QImage &image, QVideoFrameFormat::PixelFormat format)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int width = rgb.width();
    const int height = rgb.height();
    const auto fill = [&](int plane, int rows, uchar value) {
        std::memset(frame.bits(plane), value, size_t(frame.bytesPerLine(plane)) * size_t(rows));
    };
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_YUV420P:
        for (int y = 0; y < height; ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            uchar *out = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x)
                out[x] = uchar(qGray(in[x]));
        }
        for (int plane = 1; plane < frame.planeCount(); ++plane)
            fill(plane, (height + 1) / 2, 128);
        break;
    default: {
        // 32-bit RGB: where each channel sits, in memory byte order.
        const QByteArray order = format == QVideoFrameFormat::Format_XRGB8888   ? "xrgb"
                                 : format == QVideoFrameFormat::Format_BGRX8888 ? "bgrx"
                                 : format == QVideoFrameFormat::Format_XBGR8888 ? "xbgr"
                                                                                : "rgbx";
        for (int y = 0; y < height; ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            uchar *out = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x) {
                for (int c = 0; c < 4; ++c) {
                    const char channel = order.at(c);
                    out[4 * x + c] = uchar(channel == 'r'   ? qRed(in[x])
                                           : channel == 'g' ? qGreen(in[x])
                                           : channel == 'b' ? qBlue(in[x])
                                                            : 255);
                }
            }
        }
        break;
    }
    }
    frame.unmap();
    return frame;
}

} // namespace twofold::test
