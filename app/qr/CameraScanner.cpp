// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/CameraScanner.h"

#include "qr/QrDecoder.h"

#include <QImage>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <optional>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcCamera, "twofold.qr.camera")

// Where the luminance of plane 0 is, for the formats that need no conversion.
std::optional<QrDecoder::Layout> layoutOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    using L = QrDecoder::Layout;
    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return L::Luminance;
    // MSB-aligned 16-bit samples: the high byte is the 8-bit luminance. (YUV420P10 is LSB-aligned and goes
    // through toImage().)
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
        return L::Luminance16;
    case F::Format_YUYV:
        return L::Yuyv;
    case F::Format_UYVY:
        return L::Uyvy;
    // Qt names these in memory byte order, as ZXing does.
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return L::Rgbx;
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return L::Bgrx;
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return L::Xrgb;
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return L::Xbgr;
    default:
        return std::nullopt;
    }
}

bool isOtpauth(const QByteArray &text)
{
    return text.first(qMin<qsizetype>(text.size(), 8)).compare("otpauth:", Qt::CaseInsensitive) == 0 ||
           text.first(qMin<qsizetype>(text.size(), 18)).compare("otpauth-migration:", Qt::CaseInsensitive) ==
               0;
}
} // namespace

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    // One worker: a second would only decode a frame that is already older than the one in hand.
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(QStringLiteral("twofold camera scanner"));
}

CameraScanner::~CameraScanner()
{
    // The frame being decoded must not outlive the sink's buffers by much; its result is dropped.
    m_worker.waitForDone();
}

void CameraScanner::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    // Delivered to this object's (the GUI) thread: takeFrame only hands the frame over or drops it.
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::takeFrame);
    Q_EMIT videoSinkChanged();
}

void CameraScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void CameraScanner::resetCounters()
{
    m_seen = m_decoded = m_dropped = 0;
    Q_EMIT countersChanged();
}

void CameraScanner::takeFrame(const QVideoFrame &frame)
{
    if (!m_active || !frame.isValid())
        return;
    ++m_seen;
    if (m_busy) {
        ++m_dropped;
        Q_EMIT countersChanged();
        return;
    }
    m_busy = true;
    Q_EMIT countersChanged();
    // The frame is shared, not copied: it is mapped on the worker.
    QtConcurrent::run(&m_worker, &CameraScanner::decodeFrame, frame)
        .then(this, [this](const Expected<QList<QByteArray>> &texts) { finish(texts); });
}

void CameraScanner::finish(const Expected<QList<QByteArray>> &texts)
{
    m_busy = false;
    ++m_decoded;
    Q_EMIT countersChanged();
    if (!m_active)
        return; // stopped while this frame was decoded
    if (!texts) {
        qCDebug(lcCamera) << "frame refused:" << texts.error().detail;
        return;
    }
    QStringList links;
    for (const QByteArray &text : *texts) {
        if (isOtpauth(text))
            links << QString::fromUtf8(text);
    }
    if (links.isEmpty()) {
        if (!texts->isEmpty())
            Q_EMIT otherCodeSeen();
        return;
    }
    setActive(false);
    Q_EMIT codesFound(links);
}

Expected<QList<QByteArray>> CameraScanner::decodeFrame(QVideoFrame frame)
{
    const auto layout = layoutOf(frame.pixelFormat());
    if (layout && frame.map(QVideoFrame::ReadOnly)) {
        const QrDecoder::Plane plane{frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0),
                                     *layout};
        auto texts = QrDecoder::decode(plane, QrDecoder::Effort::VideoFrame);
        frame.unmap();
        return texts;
    }
    // Formats without a plane to read in place (a GPU texture, JPEG, 10-bit…): Qt converts.
    const QImage gray = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    return QrDecoder::decode(
        QrDecoder::Plane{gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine()},
        QrDecoder::Effort::VideoFrame);
}

} // namespace twofold
