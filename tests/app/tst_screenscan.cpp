#include "crypto/CryptoRuntime.h"
#include "qr/QrEncoder.h"
#include "qr/QrIntake.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRasterWindow>
#include <QSignalSpy>
#include <QTest>

using namespace twofold;

namespace {
// Another app's window showing a QR code, as a browser tab would.
class QrWindow : public QRasterWindow
{
public:
    explicit QrWindow(QImage code)
        : m_code(std::move(code))
    {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(QRect(QPoint(0, 0), size()), Qt::white);
        painter.drawImage(QPoint(40, 40), m_code);
    }

private:
    QImage m_code;
};
} // namespace

// "Scan the screen" on a real X server (Xvfb): the code another window shows is found.
class TestScreenScan : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void findsACodeShownByAnotherWindow()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs an X server (runs under xvfb-run in scripts/test)");
        const QByteArray link = "otpauth://totp/Screen:me@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Screen";
        QrWindow window(QrEncoder::encode(link, 5));
        window.resize(400, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);

        QrIntake intake;
        QSignalSpy found(&intake, &QrIntake::found);
        QSignalSpy failed(&intake, &QrIntake::failed);
        intake.scanScreen();
        QTRY_VERIFY_WITH_TIMEOUT(found.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(found.constFirst().constFirst().toString(), QString::fromLatin1(link));
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
