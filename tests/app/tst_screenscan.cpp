#include "crypto/CryptoRuntime.h"
#include "qr/QrEncoder.h"
#include "qr/QrIntake.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRasterWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

namespace {
// Stands for Twofold's own window, lying over the code on screen.
class CoverWindow : public QRasterWindow
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(QRect(QPoint(0, 0), size()), Qt::darkGray);
    }
};
} // namespace

// "Scan the screen" on a real X server (Xvfb): the code another window shows is found.
class TestScreenScan : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void findsACodeShownByAnotherApp()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs an X server (runs under xvfb-run in scripts/test)");
        const QByteArray link = "otpauth://totp/Screen:me@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Screen";
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(QrEncoder::encode(link, 5).save(png));
        // Another application shows the code, as a browser would.
        QProcess viewer;
        viewer.start(QStringLiteral("display"), {QStringLiteral("-geometry"), QStringLiteral("+0+0"), png});
        QVERIFY(viewer.waitForStarted());
        // And Twofold's own window covers it: the scan must step it aside.
        CoverWindow cover;
        cover.setGeometry(0, 0, 600, 600);
        cover.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cover));

        QrIntake intake;
        QSignalSpy found(&intake, &QrIntake::found);
        QSignalSpy failed(&intake, &QrIntake::failed);
        // The viewer needs a moment to map its window: scan until it shows, at most 20 s.
        for (int attempt = 0; attempt < 40 && found.isEmpty(); ++attempt) {
            failed.clear();
            intake.scanScreen();
            QTRY_VERIFY_WITH_TIMEOUT(found.size() + failed.size() > 0, 20000);
            if (found.isEmpty())
                QTest::qWait(500);
        }
        viewer.kill();
        viewer.waitForFinished();
        QVERIFY2(!found.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(found.constFirst().constFirst().toString(), QString::fromLatin1(link));
        QTRY_VERIFY2(cover.isVisible(), "Twofold's window comes back after the scan");
    }

    void anEmptyScreenSaysSo()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs an X server (runs under xvfb-run in scripts/test)");
        QrIntake intake;
        QSignalSpy failed(&intake, &QrIntake::failed);
        intake.scanScreen();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 QStringLiteral("No QR code was found in the image."));
    }
};

QTEST_MAIN(TestScreenScan)
#include "tst_screenscan.moc"
