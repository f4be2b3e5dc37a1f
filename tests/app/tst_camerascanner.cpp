// SPDX-License-Identifier: GPL-3.0-or-later
#include "VideoFrames.h"
#include "crypto/CryptoRuntime.h"
#include "qr/CameraScanner.h"
#include "qr/QrCamera.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVideoFrameInput>
#include <QVideoSink>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray codeText = "otpauth://totp/Camera:me@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Camera";

// Stands for the camera: sends `frames` into a capture session at a fixed rate, as long as the session
// takes them (readyToSendVideoFrame), then goes round the frames from `loopFrom` on. A sink ignores a frame
// equal to the one before it, so neighbours must be different frames (a camera's always are).
class FramePusher : public QObject
{
public:
    FramePusher(QVideoFrameInput &input, QList<QVideoFrame> frames, int fps, qsizetype loopFrom = 0)
        : m_input(input)
        , m_frames(std::move(frames))
        , m_loopFrom(loopFrom)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(fps > 0 ? 1000 / fps : 0); // 0: a frame on every turn of the event loop
        connect(&m_timer, &QTimer::timeout, this, &FramePusher::push);
        connect(&m_input, &QVideoFrameInput::readyToSendVideoFrame, this, [this] { m_ready = true; });
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int sent() const { return m_sent; }
    int refused() const { return m_refused; }

private:
    void push()
    {
        if (!m_ready) {
            ++m_refused;
            return;
        }
        const qsizetype loop = m_frames.size() - m_loopFrom;
        const QVideoFrame &frame =
            m_frames.at(m_sent < m_frames.size() ? m_sent : m_loopFrom + (m_sent - m_loopFrom) % loop);
        if (m_input.sendVideoFrame(frame))
            ++m_sent;
        else
            m_ready = false;
    }

    QVideoFrameInput &m_input;
    QList<QVideoFrame> m_frames;
    qsizetype m_loopFrom;
    QTimer m_timer;
    bool m_ready = true;
    int m_sent = 0;
    int m_refused = 0;
};

// The camera path without a camera: QVideoFrameInput → QMediaCaptureSession → QVideoSink, as the preview's
// sink is fed by a camera.
// Two distinct frames of the same view, taking turns.
QList<QVideoFrame> twoFrames(QSize size, QByteArrayView text, QVideoFrameFormat::PixelFormat format)
{
    const QImage view = cameraView(size, text);
    return {videoFrame(view, format), videoFrame(view, format)};
}

struct Pipeline
{
    QMediaCaptureSession session;
    QVideoFrameInput input;
    QVideoSink sink;
    CameraScanner scanner;
    // The longest time the GUI thread spent handing one frame to the scanner.
    qint64 longestSlotNs = 0;
    QElapsedTimer slot;

    Pipeline()
    {
        session.setVideoFrameInput(&input);
        session.setVideoSink(&sink);
        // Connected around the scanner's own slot, on the same thread, so they time exactly that call.
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, &scanner, [this] { slot.start(); });
        scanner.setVideoSink(&sink);
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, &scanner,
                         [this] { longestSlotNs = qMax(longestSlotNs, slot.nsecsElapsed()); });
    }
};
} // namespace

class TestCameraScanner : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void everyPixelFormatIsRead_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P;
        QTest::newRow("RGBX8888") << QVideoFrameFormat::Format_RGBX8888;
        QTest::newRow("XRGB8888") << QVideoFrameFormat::Format_XRGB8888;
        QTest::newRow("BGRX8888") << QVideoFrameFormat::Format_BGRX8888;
        QTest::newRow("XBGR8888") << QVideoFrameFormat::Format_XBGR8888;
    }

    void everyPixelFormatIsRead()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        const QVideoFrame frame = videoFrame(cameraView(QSize(640, 480), codeText), format);
        QVERIFY(frame.isValid());
        const auto texts = CameraScanner::decodeFrame(frame);
        QVERIFY(texts);
        QCOMPARE(*texts, QList<QByteArray>{codeText});
        QVERIFY2(CameraScanner::decodeFrame(videoFrame(cameraView(QSize(640, 480), {}), format))->isEmpty(),
                 "a page without a code gives nothing");
    }

    void findsTheCodeThroughTheCaptureSession_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            QTest::addRow("%dp NV12", size.height()) << QVideoFrameFormat::Format_NV12 << size;
            QTest::addRow("%dp YUV420P", size.height()) << QVideoFrameFormat::Format_YUV420P << size;
            QTest::addRow("%dp RGBX8888", size.height()) << QVideoFrameFormat::Format_RGBX8888 << size;
            QTest::addRow("%dp XRGB8888", size.height()) << QVideoFrameFormat::Format_XRGB8888 << size;
        }
    }

    void findsTheCodeThroughTheCaptureSession()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QFETCH(QSize, size);
        // The first frames show the page alone, as when the code is still being brought into view.
        QList<QVideoFrame> frames;
        for (int i = 0; i < 5; ++i)
            frames << twoFrames(size, {}, format);
        frames << twoFrames(size, codeText, format);
        Pipeline pipeline;
        QSignalSpy found(&pipeline.scanner, &CameraScanner::codesFound);
        FramePusher camera(pipeline.input, frames, 60, 10);
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10000);
        camera.stop();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().constFirst().toStringList(), QStringList(QString::fromLatin1(codeText)));
        QVERIFY2(!pipeline.scanner.active(), "the scan ends on the first code found");

        const CameraScanner &scanner = pipeline.scanner;
        qInfo("sent %d frames at 60 fps, session refused %d; scanner saw %lld, decoded %lld, dropped %lld; "
              "longest GUI-thread hand-over %.2f ms",
              camera.sent(), camera.refused(), scanner.framesSeen(), scanner.framesDecoded(),
              scanner.framesDropped(), pipeline.longestSlotNs / 1e6);
        QVERIFY2(scanner.framesSeen() > 10, "the frames reach the scanner through the session's sink");
        QCOMPARE(scanner.framesSeen(), scanner.framesDecoded() + scanner.framesDropped());
        QVERIFY2(pipeline.longestSlotNs < 33'000'000,
                 "the GUI thread only hands frames over: never blocked for a frame period (33 ms)");
    }

    void framesAreDroppedNotQueued()
    {
        // Pushed far faster than 1080p frames decode (a frame on every turn of the GUI event loop): the
        // scanner must drop, and stop working as soon as the frames stop, rather than work through a backlog.
        const QSize size(1920, 1080);
        Pipeline pipeline;
        // A code that is not an otpauth link keeps the scan going with real work in every frame.
        FramePusher camera(pipeline.input,
                           twoFrames(size, "https://example.com/", QVideoFrameFormat::Format_NV12), 0);
        QElapsedTimer clock;
        clock.start();
        camera.start();
        QTest::qWait(1500);
        camera.stop();
        const qint64 decodedAtStop = pipeline.scanner.framesDecoded();
        const qint64 elapsed = clock.elapsed();
        QTRY_VERIFY(!pipeline.scanner.busy());
        QTest::qWait(300);

        const CameraScanner &scanner = pipeline.scanner;
        qInfo("%d frames in %lld ms, scanner saw %lld, decoded %lld, dropped %lld", camera.sent(), elapsed,
              scanner.framesSeen(), scanner.framesDecoded(), scanner.framesDropped());
        QVERIFY2(scanner.framesDropped() > 0, "frames arriving while the worker is busy are dropped");
        QCOMPARE(scanner.framesSeen(), scanner.framesDecoded() + scanner.framesDropped());
        QVERIFY2(scanner.framesDecoded() - decodedAtStop <= 1,
                 "at most the one frame in flight is decoded after the last frame: nothing was queued");
        QVERIFY2(pipeline.longestSlotNs < 33'000'000, "the GUI thread is never blocked for a frame period");
    }

    void otherCodesDoNotEndTheScan()
    {
        Pipeline pipeline;
        QSignalSpy other(&pipeline.scanner, &CameraScanner::otherCodeSeen);
        QSignalSpy found(&pipeline.scanner, &CameraScanner::codesFound);
        FramePusher camera(
            pipeline.input,
            twoFrames(QSize(1280, 720), "https://example.com/", QVideoFrameFormat::Format_NV12), 30);
        camera.start();
        QTRY_VERIFY(!other.isEmpty());
        camera.stop();
        QVERIFY(found.isEmpty());
        QVERIFY2(pipeline.scanner.active(), "a web address is not an account: the scan goes on");
    }

    void aStoppedScannerIgnoresFrames()
    {
        Pipeline pipeline;
        pipeline.scanner.setActive(false);
        QSignalSpy found(&pipeline.scanner, &CameraScanner::codesFound);
        FramePusher camera(pipeline.input,
                           twoFrames(QSize(1280, 720), codeText, QVideoFrameFormat::Format_NV12), 30);
        camera.start();
        QTest::qWait(300);
        camera.stop();
        QVERIFY(camera.sent() > 0);
        QCOMPARE(pipeline.scanner.framesSeen(), 0);
        QVERIFY(found.isEmpty());
    }

    // The camera page's controller (QrCamera) around the scanner: its states and what it tells the user.
    void noCameraSaysSo()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        QrCamera camera;
        camera.start();
        QCOMPARE(camera.status(), QrCamera::NoCamera);
        QVERIFY2(camera.message().startsWith(QLatin1String("No camera was found.")),
                 qPrintable(camera.message()));
        QVERIFY(camera.cameras().isEmpty());
        QCOMPARE(camera.cameraIndex(), -1);
    }

    void deniedPermissionSaysSo()
    {
        QVideoFrameInput input;
        QrCamera camera;
        camera.useFrameInput(&input);
        camera.setPermissionForTesting(Qt::PermissionStatus::Denied);
        camera.start();
        QCOMPARE(camera.status(), QrCamera::PermissionDenied);
        QVERIFY2(camera.message().startsWith(QLatin1String("Twofold is not allowed to use the camera.")),
                 qPrintable(camera.message()));
        QVERIFY2(!input.captureSession(), "no frame is taken without permission");
    }

    void theFirstCodeStopsTheCamera()
    {
        QVideoFrameInput input;
        QVideoSink preview;
        QrCamera camera;
        camera.setVideoOutput(&preview);
        camera.useFrameInput(&input);
        QSignalSpy found(&camera, &QrCamera::codesFound);
        camera.start();
        QCOMPARE(camera.status(), QrCamera::Scanning);
        QCOMPARE(camera.message(), QStringLiteral("Hold the QR code up to the camera."));
        QVERIFY(input.captureSession());
        FramePusher pusher(input, twoFrames(QSize(1280, 720), codeText, QVideoFrameFormat::Format_NV12), 30);
        pusher.start();
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().constFirst().toStringList(), QStringList(QString::fromLatin1(codeText)));
        QCOMPARE(camera.status(), QrCamera::Found);
        QVERIFY2(!input.captureSession(), "the frame source is let go of as soon as a code is found");
        QVERIFY2(camera.scanner().framesSeen() > 0, "the scanner reads the preview's frames");
        pusher.stop();
        camera.stop();
        QCOMPARE(camera.status(), QrCamera::Stopped);
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
