// SPDX-License-Identifier: GPL-3.0-or-later
// QR figures: `twofold scan` beside `zbarimg` on the same photos and screenshots (decode rate, median time
// per image), the decoder's own time per camera frame, and the camera pipeline (QVideoFrameInput → capture
// session → sink → CameraScanner) at 720p and 1080p: frames decoded per second and the drop ratio.
//   qr_bench [runs] TWOFOLD_BINARY FIXTURES_DIR      (bench/run builds and runs it)
#include "VideoFrames.h"
#include "qr/CameraScanner.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMediaCaptureSession>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrameInput>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>

using namespace twofold;

namespace {
double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

struct Sample
{
    QString path;
    QList<QByteArray> expected; // every text must be read; a prefix match for the real photo
};

QByteArray uri(int i)
{
    const char *issuers[] = {"GitHub", "Example%20Bank", "Mail", "Cloud", "Shop"};
    return QByteArray("otpauth://totp/") + issuers[i % 5] + ":user" + QByteArray::number(i) +
           "%40example.com?secret=" + QByteArray("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").left(16 + 2 * (i % 9)) +
           "&issuer=" + issuers[i % 5] + "&period=30";
}

// A web page as a screenshot shows it: a toolbar, lines of text, and the code among them.
QImage page(QSize size, const QList<QByteArray> &codes, int module, bool dark = false)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(dark ? QColor(0x20, 0x22, 0x26) : Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width(), 80, dark ? QColor(0x33, 0x36, 0x3c) : QColor(0xde, 0xe1, 0xe6));
    painter.setPen(dark ? QColor(0xcc, 0xcc, 0xcc) : QColor(0x33, 0x33, 0x33));
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    for (int y = 120; y < size.height() - 20; y += 26)
        painter.drawText(
            40, y, QStringLiteral("Scan this code with your authenticator app, or enter the key by hand."));
    int x = size.width() / 2 - 100;
    for (const QByteArray &code : codes) {
        QImage qr = QrEncoder::encode(code, module);
        if (dark)
            qr.invertPixels(); // a dark-mode page shows the code light on dark
        painter.fillRect(x - 10, 150, qr.width() + 20, qr.height() + 20,
                         dark ? QColor(0x20, 0x22, 0x26) : Qt::white);
        painter.drawImage(x, 160, qr);
        x -= qr.width() + 60;
    }
    return image;
}

// A phone's photo of a screen: the code turned, in perspective, unevenly lit and noisy.
QImage photo(const QByteArray &code, qreal angle)
{
    const QImage qr = QrEncoder::encode(code, 6);
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(0x6a, 0x6e, 0x73));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QTransform perspective;
    const QPolygonF from(QRectF(qr.rect()));
    QPolygonF to;
    to << QPointF(420, 260) << QPointF(1180, 300) << QPointF(1140, 1000) << QPointF(460, 960);
    QTransform::quadToQuad(from, to, perspective);
    painter.translate(800, 600);
    painter.rotate(angle);
    painter.translate(-800, -600);
    painter.setTransform(perspective, true);
    painter.drawImage(0, 0, qr);
    painter.resetTransform();
    QLinearGradient light(0, 0, 1600, 1200);
    light.setColorAt(0, QColor(255, 255, 255, 60));
    light.setColorAt(1, QColor(0, 0, 0, 90));
    painter.fillRect(image.rect(), light);
    painter.end();
    QRandomGenerator random(quint32(angle * 10 + 7));
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(41)) - 20;
            const auto clamp = [noise](int v) { return std::clamp(v + noise, 0, 255); };
            row[x] = qRgb(clamp(qRed(row[x])), clamp(qGreen(row[x])), clamp(qBlue(row[x])));
        }
    }
    return image;
}

QList<Sample> makeSamples(const QDir &dir, const QString &fixtures)
{
    QList<Sample> samples;
    const auto add = [&](const QString &name, const QImage &image, const QList<QByteArray> &expected,
                         const char *format = "PNG", int quality = -1) {
        const QString path = dir.filePath(name);
        image.save(path, format, quality);
        samples.append({path, expected});
    };
    const QString real = fixtures + QStringLiteral("/third-party/google-authenticator/example_export.png");
    if (QFileInfo::exists(real))
        samples.append({real, {"otpauth-migration://offline?data="}});
    for (int i = 0; i < 4; ++i) {
        const QByteArray code = uri(i);
        const QString n = QString::number(i);
        add(n + QStringLiteral("-page.png"), page(QSize(1920, 1080), {code}, 4), {code});
        add(n + QStringLiteral("-page-small.png"), page(QSize(1366, 768), {code}, 2), {code});
        add(n + QStringLiteral("-page-dark.png"), page(QSize(1920, 1080), {code}, 4, true), {code});
        add(n + QStringLiteral("-page.jpg"), page(QSize(1920, 1080), {code}, 3), {code}, "JPG", 60);
        add(n + QStringLiteral("-hidpi-scaled.png"),
            page(QSize(2560, 1440), {code}, 5)
                .scaled(1707, 960, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
            {code});
        const QImage flat = page(QSize(1280, 800), {code}, 4);
        add(n + QStringLiteral("-blurred.png"),
            flat.scaled(flat.size() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(flat.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
            {code});
        add(n + QStringLiteral("-photo.jpg"), photo(code, 8 + 17 * i), {code}, "JPG", 85);
        add(n + QStringLiteral("-two-codes.png"), page(QSize(1920, 1080), {code, uri(i + 10)}, 4),
            {code, uri(i + 10)});
    }
    return samples;
}

struct ToolResult
{
    int found = 0;
    QList<double> medianMs; // per image
};

bool readsAll(const QByteArray &output, const QList<QByteArray> &expected)
{
    return std::ranges::all_of(expected, [&](const QByteArray &text) { return output.contains(text); });
}

ToolResult runTool(const QString &program, const QStringList &arguments, const QList<Sample> &samples,
                   int runs)
{
    ToolResult result;
    for (const Sample &sample : samples) {
        QList<double> times;
        bool found = false;
        for (int run = 0; run < runs; ++run) {
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(program, arguments + QStringList{sample.path});
            process.waitForFinished(60000);
            times << timer.nsecsElapsed() / 1e6;
            found = readsAll(process.readAllStandardOutput(), sample.expected);
        }
        result.found += found ? 1 : 0;
        result.medianMs << median(times);
    }
    return result;
}

// Frames decoded per second when `fps` frames a second arrive (0: as fast as the session takes them).
struct PipelineResult
{
    double inputFps = 0;
    double decodedFps = 0;
    double dropRatio = 0;
};

PipelineResult runPipeline(QSize size, int fps, int milliseconds)
{
    // A photo of a code that is not an otpauth link: every frame is fully decoded and the scan never ends.
    const QImage view = photo("https://example.com/setup/two-factor?device=desktop", 10)
                            .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QList<QVideoFrame> frames{test::videoFrame(view, QVideoFrameFormat::Format_NV12),
                                    test::videoFrame(view, QVideoFrameFormat::Format_NV12)};
    QMediaCaptureSession session;
    QVideoFrameInput input;
    QVideoSink sink;
    CameraScanner scanner;
    session.setVideoFrameInput(&input);
    session.setVideoSink(&sink);
    scanner.setVideoSink(&sink);
    int sent = 0;
    bool ready = true;
    QObject::connect(&input, &QVideoFrameInput::readyToSendVideoFrame, [&] { ready = true; });
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (ready && input.sendVideoFrame(frames.at(sent % 2)))
            ++sent;
        else
            ready = false;
    });
    QElapsedTimer clock;
    clock.start();
    timer.start(fps > 0 ? 1000 / fps : 0);
    while (clock.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    timer.stop();
    const double seconds = clock.nsecsElapsed() / 1e9;
    PipelineResult result;
    result.inputFps = scanner.framesSeen() / seconds;
    result.decodedFps = scanner.framesDecoded() / seconds;
    result.dropRatio = scanner.framesSeen() ? double(scanner.framesDropped()) / scanner.framesSeen() : 0;
    while (scanner.busy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return result;
}

// Whether the frame was read, and the median time to decode it.
std::pair<bool, double> decodeMs(const QVideoFrame &frame, QrDecoder::Effort effort, int runs)
{
    QList<double> times;
    bool found = false;
    QVideoFrame mapped = frame;
    mapped.map(QVideoFrame::ReadOnly);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto texts = QrDecoder::decode(
            QrDecoder::Plane{mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0)},
            effort);
        times << timer.nsecsElapsed() / 1e6;
        found = texts && !texts->isEmpty();
    }
    mapped.unmap();
    return {found, median(times)};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const QString twofold = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("twofold");
    const QString fixtures = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    QTemporaryDir dir;
    const QList<Sample> samples = makeSamples(QDir(dir.path()), fixtures);

    std::printf(
        "\nQR images: %lld (the Google Authenticator phone photo from the fixtures, generated screenshots "
        "and photos); medians of %d runs, process start included\n",
        samples.size(), runs);
    const ToolResult ours = runTool(twofold, {QStringLiteral("scan")}, samples, runs);
    const ToolResult zbar = runTool(QStringLiteral("zbarimg"),
                                    {QStringLiteral("-q"), QStringLiteral("--raw"),
                                     QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable")},
                                    samples, runs);
    QList<double> inProcess;
    for (const Sample &sample : samples) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            (void)QrDecoder::decodeFile(sample.path);
            times << timer.nsecsElapsed() / 1e6;
        }
        inProcess << median(times);
    }
    std::printf("  %-28s %3d/%lld read   median %6.1f ms/image\n", "twofold scan", ours.found, samples.size(),
                median(ours.medianMs));
    std::printf("  %-28s %3d/%lld read   median %6.1f ms/image\n", "zbarimg (QR only)", zbar.found,
                samples.size(), median(zbar.medianMs));
    std::printf("  %-28s              median %6.1f ms/image\n", "QrDecoder::decodeFile", median(inProcess));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const bool a = readsAll(
            [&] {
                QProcess p;
                p.start(twofold, {QStringLiteral("scan"), samples.at(i).path});
                p.waitForFinished(60000);
                return p.readAllStandardOutput();
            }(),
            samples.at(i).expected);
        if (!a)
            std::printf("    twofold scan missed %s\n", qPrintable(QFileInfo(samples.at(i).path).fileName()));
    }

    std::printf(
        "\nCamera frames (NV12, photos of a code: turned, in perspective, noisy), read and decoder time per "
        "frame, median of %d:\n",
        runs);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        QList<QVideoFrame> frames;
        for (int i = 0; i < 8; ++i)
            frames << test::videoFrame(
                photo(uri(i), -20 + 6 * i).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                QVideoFrameFormat::Format_NV12);
        for (const auto effort : {QrDecoder::Effort::VideoFrame, QrDecoder::Effort::StillImage}) {
            QList<double> times;
            int read = 0;
            for (const QVideoFrame &frame : frames) {
                const auto [found, ms] = decodeMs(frame, effort, runs);
                read += found ? 1 : 0;
                times << ms;
            }
            std::printf("  %4dp  %-20s read %d/%lld   median %5.1f ms/frame\n", size.height(),
                        effort == QrDecoder::Effort::VideoFrame ? "video-frame setting"
                                                                : "still-image setting",
                        read, frames.size(), median(times));
        }
    }

    std::printf(
        "\nCamera pipeline (QVideoFrameInput -> capture session -> sink -> CameraScanner), 3 s per run, "
        "medians of %d runs:\n",
        runs);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        for (const int fps : {30, 60, 0}) {
            QList<double> input, decoded, dropped;
            for (int run = 0; run < runs; ++run) {
                const PipelineResult result = runPipeline(size, fps, 3000);
                input << result.inputFps;
                decoded << result.decodedFps;
                dropped << result.dropRatio;
            }
            // Flooding (a frame on every turn of the event loop) shows the most the worker decodes.
            std::printf("  %4dp  input %9.1f fps %-8s  decoded %5.1f fps  dropped %5.1f %%\n", size.height(),
                        median(input), fps ? "" : "(flood)", median(decoded), 100 * median(dropped));
        }
    }
    return 0;
}
