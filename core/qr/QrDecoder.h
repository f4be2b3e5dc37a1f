// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "qr/QrLimits.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace twofold {

// Finds every QR code in a still image (a screenshot may hold several) with ZXing-C++: QR format only,
// try-harder, rotation and inversion on. Untrusted input is bounded first (QrLimits). Thread-safe;
// decoding a large image takes a while, so the app runs it off the GUI thread.
class QrDecoder : public QrLimits
{
public:
    // The decoded texts, top to bottom as ZXing reports them; empty when no code was found.
    // Error: ImageTooLarge (detail: "WxH").
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const QImage &image);
    // How the samples of a camera frame's first plane are laid out. All are read in place, with no
    // conversion pass over the frame: Luminance is one byte per pixel (the Y plane of NV12, YUV420P…);
    // Luminance16 is little-endian 16-bit (its high byte is read); Yuyv and Uyvy are packed 4:2:2 (every
    // other byte is Y); the 32-bit RGB layouts are named in memory byte order (ZXing weighs the channels).
    enum class Layout
    {
        Luminance,
        Luminance16,
        Yuyv,
        Uyvy,
        Rgbx,
        Bgrx,
        Xrgb,
        Xbgr
    };
    // Still images get every search ZXing has (try harder, rotated, inverted codes). Video frames skip the
    // rotated and inverted passes (about 40 % quicker): the next frame comes a few tens of milliseconds
    // later, and a code held up to a camera is neither inverted nor on its side.
    enum class Effort
    {
        StillImage,
        VideoFrame
    };
    // `stride` is the distance between rows in bytes; `data` must stay valid during the call.
    struct Plane
    {
        const uchar *data = nullptr;
        int width = 0;
        int height = 0;
        qsizetype stride = 0;
        Layout layout = Layout::Luminance;
    };

    // A plane without conversion (camera frames). Same bounds and errors.
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const Plane &plane, Effort effort);
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const uchar *luminance, int width, int height,
                                                            qsizetype stride);
    // Reads an image file (PNG, JPEG, WebP, GIF, BMP, SVG… as Qt's image plugins allow). Errors:
    // ImageUnreadable (detail: path and reason), ImageTooLarge (checked from the header, before decoding).
    [[nodiscard]] static Expected<QList<QByteArray>> decodeFile(const QString &path);
};

} // namespace twofold
