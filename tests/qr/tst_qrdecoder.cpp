// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "uri/OtpAuthUri.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace twofold;
using namespace twofold::test;

namespace {
// Generated accounts of every kind, as a phone or a web page would show them.
QList<QByteArray> sampleUris(int count)
{
    QRandomGenerator random(2953);
    QList<QByteArray> uris;
    const char *issuers[] = {"GitHub", "Büro & Co", "日本銀行", "x+y", "Steam"};
    for (int i = 0; i < count; ++i) {
        const auto type = OtpType(i % 3);
        const auto parameters = OtpParameters::create(
            type, type == OtpType::Steam ? HashAlgorithm::Sha1 : HashAlgorithm(random.bounded(3)),
            type == OtpType::Steam ? 5 : 6 + random.bounded(3), 30 * (1 + random.bounded(2)),
            random.bounded(1000));
        QByteArray secret(10 + random.bounded(30), Qt::Uninitialized);
        for (char &c : secret)
            c = char(random.bounded(256));
        const auto uri =
            OtpAuthUri::create(QString::fromUtf8(issuers[i % 5]), QStringLiteral("user%1@example.com").arg(i),
                               bytes(secret), *parameters);
        uris << plain(uri->toUri());
    }
    return uris;
}

QImage onCanvas(const QImage &code, qreal angle, qreal scale, int canvas = 900)
{
    QImage out(canvas, canvas, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(canvas / 2.0, canvas / 2.0);
    painter.rotate(angle);
    painter.scale(scale, scale);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    return out;
}

QImage blurred(const QImage &image)
{
    // Down and up again with smoothing: a soft, out-of-focus code.
    return image.scaled(image.size() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage lowContrast(const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < out.height(); ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(110 + row[x] * 60 / 255); // 110..170
    }
    return out;
}
} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void roundTripsThroughDistortions_data()
    {
        QTest::addColumn<QByteArray>("uri");
        QTest::addColumn<QString>("distortion");
        const QList<QByteArray> uris = sampleUris(12);
        const QStringList distortions = {
            QStringLiteral("plain"),      QStringLiteral("rotated 90"),   QStringLiteral("rotated 180"),
            QStringLiteral("rotated 33"), QStringLiteral("small"),        QStringLiteral("large"),
            QStringLiteral("blurred"),    QStringLiteral("low contrast"), QStringLiteral("inverted")};
        for (int i = 0; i < uris.size(); ++i)
            for (const QString &distortion : distortions)
                QTest::addRow("%d %s", i, qPrintable(distortion)) << uris.at(i) << distortion;
    }

    void roundTripsThroughDistortions()
    {
        QFETCH(QByteArray, uri);
        QFETCH(QString, distortion);
        const QImage code = QrEncoder::encode(uri, 4);
        QImage image;
        if (distortion == QLatin1String("plain"))
            image = code;
        else if (distortion.startsWith(QLatin1String("rotated")))
            image = onCanvas(code, distortion.sliced(8).toInt(), 1.0);
        else if (distortion == QLatin1String("small"))
            image = onCanvas(code, 0, 0.6);
        else if (distortion == QLatin1String("large"))
            image = onCanvas(code, 0, 2.5, 1600);
        else if (distortion == QLatin1String("blurred"))
            image = blurred(onCanvas(code, 0, 1.5));
        else if (distortion == QLatin1String("low contrast"))
            image = lowContrast(onCanvas(code, 0, 1.0));
        else {
            image = onCanvas(code, 0, 1.0);
            image.invertPixels();
        }
        const auto texts = QrDecoder::decode(image);
        QVERIFY(texts.has_value());
        QCOMPARE(texts->size(), 1);
        QCOMPARE(texts->constFirst(), uri);
        QVERIFY2(OtpAuthUri::parse(texts->constFirst()).has_value(), "decoded text passes the one validator");
    }

    void severalCodesInOneLargeImage()
    {
        const QList<QByteArray> uris = sampleUris(6);
        QImage screenshot(2400, 1600, QImage::Format_RGB32);
        screenshot.fill(QColor(0xf0, 0xf0, 0xf0));
        QPainter painter(&screenshot);
        for (int i = 0; i < uris.size(); ++i)
            painter.drawImage(QPoint(100 + (i % 3) * 750, 150 + (i / 3) * 750),
                              QrEncoder::encode(uris.at(i), 5));
        painter.end();
        const auto texts = QrDecoder::decode(screenshot);
        QVERIFY(texts.has_value());
        QCOMPARE(texts->size(), uris.size());
        for (const QByteArray &uri : uris)
            QVERIFY2(texts->contains(uri), "every code on the screen is found");
    }

    void nothingFound()
    {
        QImage empty(400, 300, QImage::Format_RGB32);
        empty.fill(Qt::white);
        const auto texts = QrDecoder::decode(empty);
        QVERIFY(texts.has_value());
        QVERIFY(texts->isEmpty());
    }

    void oversizedImagesAreRefusedBeforeDecoding()
    {
        const auto wide = QrDecoder::decode(QImage(8193, 2, QImage::Format_Grayscale8));
        QVERIFY(!wide.has_value());
        QCOMPARE(wide.error().code, ErrorCode::ImageTooLarge);

        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.png")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(33 * 1024 * 1024)); // sparse: costs no disk
        big.close();
        const auto file = QrDecoder::decodeFile(big.fileName());
        QVERIFY(!file.has_value());
        QCOMPARE(file.error().code, ErrorCode::ImageTooLarge);
    }

    void unreadableFiles()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("notes.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not an image");
        text.close();
        QCOMPARE(test::errorOf(QrDecoder::decodeFile(text.fileName())).code, ErrorCode::ImageUnreadable);
        QCOMPARE(test::errorOf(QrDecoder::decodeFile(dir.filePath(QStringLiteral("missing.png")))).code,
                 ErrorCode::ImageUnreadable);
    }

    void scanCommand()
    {
        QTemporaryDir dir;
        const QList<QByteArray> uris = sampleUris(2);
        const QString first = dir.filePath(QStringLiteral("first.png"));
        const QString second = dir.filePath(QStringLiteral("second.jpg"));
        const QString empty = dir.filePath(QStringLiteral("empty.png"));
        const QString multiline = dir.filePath(QStringLiteral("multiline.png"));
        QVERIFY(QrEncoder::encode(uris.at(0)).save(first));
        QVERIFY(onCanvas(QrEncoder::encode(uris.at(1), 4), 90, 1.0).save(second, "JPG", 90));
        QImage blank(100, 100, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(empty));
        // Every character that would make the line ambiguous is escaped: the backslash itself too, so
        // a literal "\n" in a code and a newline in a code print differently.
        QVERIFY(QrEncoder::encode("line one\nline two\r\nC:\\dir\\new \\n").save(multiline));

        CliResult result = runTwofold({QStringLiteral("scan"), first, second, multiline});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString::fromUtf8(uris.at(0) + '\n' + uris.at(1) + '\n' +
                                               "line one\\nline two\\r\\nC:\\\\dir\\\\new \\\\n\n"));

        // --json: one document with each code's file and exact text, unescaped.
        result = runTwofold({QStringLiteral("scan"), QStringLiteral("--json"), multiline, first});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray codes = document.value(QStringLiteral("codes")).toArray();
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.at(0)[QStringLiteral("file")].toString(), multiline);
        QCOMPARE(codes.at(0)[QStringLiteral("text")].toString(),
                 QStringLiteral("line one\nline two\r\nC:\\dir\\new \\n"));
        QCOMPARE(codes.at(1)[QStringLiteral("text")].toString(), QString::fromUtf8(uris.at(0)));
        QCOMPARE(document.value(QStringLiteral("errors")).toArray().size(), 0);

        result = runTwofold({QStringLiteral("scan"), empty});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());

        result = runTwofold({QStringLiteral("scan"), first, dir.filePath(QStringLiteral("missing.png"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cannot read the image")), qPrintable(result.err));
        QCOMPARE(result.out, QString::fromUtf8(uris.at(0) + '\n'));

        // The unreadable file is named in the document too; the exit code and the stderr line stay.
        const QString missing = dir.filePath(QStringLiteral("missing.png"));
        result = runTwofold({QStringLiteral("scan"), QStringLiteral("--json"), empty, missing});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cannot read the image")), qPrintable(result.err));
        const QJsonObject failed = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(failed.value(QStringLiteral("codes")).toArray().size(), 0);
        const QJsonArray errors = failed.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)[QStringLiteral("file")].toString(), missing);
        QVERIFY(!errors.at(0)[QStringLiteral("reason")].toString().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // image plugins (JPEG, SVG…) need a Gui application
    TestQrDecoder test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_qrdecoder.moc"
