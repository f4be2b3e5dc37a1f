// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQmlIntegration>

namespace twofold {

// Reads QR codes from the frames of a QVideoSink (the camera preview's) off the GUI thread, with the
// drop-frames pattern: one worker thread and at most one frame being decoded; a frame that arrives while
// the worker is busy is dropped and counted, never queued, so the decoder never falls behind the camera and
// the GUI thread only hands frames over. The luminance plane is read in place where the pixel format allows
// (every YUV format with a Y plane, packed YUV, 32-bit RGB); other formats go through QVideoFrame::toImage().
//
// The first frame holding an otpauth:// or otpauth-migration:// code ends the scan: `codesFound` is emitted
// once and `active` turns false until it is set again. Other QR codes (a web address) are only reported.
class CameraScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY countersChanged)
    Q_PROPERTY(qint64 framesSeen READ framesSeen NOTIFY countersChanged)
    Q_PROPERTY(qint64 framesDecoded READ framesDecoded NOTIFY countersChanged)
    Q_PROPERTY(qint64 framesDropped READ framesDropped NOTIFY countersChanged)

public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);

    // Whether a frame is being decoded now.
    bool busy() const { return m_busy; }
    // Frames handed over by the sink while active; decoded ones (with or without a code); dropped because
    // the worker was busy. seen == decoded + dropped, plus one while busy.
    qint64 framesSeen() const { return m_seen; }
    qint64 framesDecoded() const { return m_decoded; }
    qint64 framesDropped() const { return m_dropped; }
    Q_INVOKABLE void resetCounters();

    // Decodes one frame on the calling thread: the worker's job, public for tests and the benchmark.
    [[nodiscard]] static Expected<QList<QByteArray>> decodeFrame(QVideoFrame frame);

public Q_SLOTS:
    void takeFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void countersChanged();
    // The texts of every otpauth code in the first frame that had one.
    void codesFound(const QStringList &texts);
    // A frame held QR codes, none of them an otpauth link.
    void otherCodeSeen();

private:
    void finish(const Expected<QList<QByteArray>> &texts);

    QPointer<QVideoSink> m_sink;
    QThreadPool m_worker;
    bool m_active = true;
    bool m_busy = false;
    qint64 m_seen = 0;
    qint64 m_decoded = 0;
    qint64 m_dropped = 0;
};

} // namespace twofold
