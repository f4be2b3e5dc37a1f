#pragma once

#include "Error.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace twofold {

// Finds every QR code in a still image (a screenshot may hold several) with ZXing-C++: QR format only,
// try-harder, rotation and inversion on. Untrusted input is bounded first (SECURITY item 17): images over
// 8192×8192 pixels or 32 MiB are refused before decoding, texts over 64 KiB are dropped. Thread-safe;
// decoding a large image takes a while, so the app runs it off the GUI thread.
class QrDecoder
{
public:
    static constexpr int maxSide = 8192;
    static constexpr qsizetype maxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype maxTextBytes = 64 * 1024;

    // The decoded texts, top to bottom as ZXing reports them; empty when no code was found.
    // Error: ImageTooLarge (detail: "WxH").
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const QImage &image);
    // A luminance plane without conversion (camera frames). Same bounds and errors.
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const uchar *luminance, int width, int height,
                                                            qsizetype stride);
    // Reads an image file (PNG, JPEG, WebP, GIF, BMP, SVG… as Qt's image plugins allow). Errors:
    // ImageUnreadable (detail: path and reason), ImageTooLarge (checked from the header, before decoding).
    [[nodiscard]] static Expected<QList<QByteArray>> decodeFile(const QString &path);
};

} // namespace twofold
