// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoRuntime.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrIntake.h"
#include "qr/ScreenGrab.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRasterWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace twofold;

namespace {
const QByteArray screenLink = "otpauth://totp/Screen:me@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Screen";

// A screenshot portal as fast as it gets: it sends its Response before it answers the call, so a caller that
// subscribes only once the call returns never hears of the picture. `response` is what the user did: 0 took
// the picture, 1 cancelled the dialog, 2 refused.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")

public:
    FakePortal(const QDBusConnection &bus, const QString &file, uint response)
        : m_bus(bus)
        , m_file(file)
        , m_response(response)
    {}

public Q_SLOTS:
    QDBusObjectPath Screenshot(const QString &, const QVariantMap &options, const QDBusMessage &call)
    {
        QString sender = call.service().mid(1);
        sender.replace(u'.', u'_');
        const QDBusObjectPath request(
            QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
                .arg(sender, options.value(QStringLiteral("handle_token")).toString()));
        QDBusMessage response = QDBusMessage::createSignal(
            request.path(), QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
        response << m_response
                 << (m_response == 0
                         ? QVariantMap{{QStringLiteral("uri"), QUrl::fromLocalFile(m_file).toString()}}
                         : QVariantMap{});
        m_bus.send(response);
        call.setDelayedReply(true);
        m_bus.send(call.createReply(QVariant::fromValue(request)));
        return request;
    }

private:
    QDBusConnection m_bus;
    QString m_file;
    uint m_response;
};

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
    void portalPictureIsDeletedOnceRead()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("Screenshot.png"));
        QVERIFY(QrEncoder::encode(screenLink, 4).save(png));
        const auto image = ScreenGrab::takeFile(png);
        QVERIFY(image);
        QVERIFY(!image->isNull());
        QVERIFY2(!QFile::exists(png), "a picture of the screen may show secrets: gone once read");

        const QString broken = dir.filePath(QStringLiteral("broken.png"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        const auto unreadable = ScreenGrab::takeFile(broken);
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().code, ErrorCode::ImageUnreadable);
        QVERIFY2(!QFile::exists(broken), "deleted even when it cannot be read");
    }

    void eachScreenIsDecodedOnItsOwn()
    {
        // Three 4K screens, the code on the right-hand one: stitched, they are wider than the decoder takes.
        QList<QImage> screens(3, QImage(3840, 2160, QImage::Format_RGB32));
        for (QImage &screen : screens)
            screen.fill(Qt::white);
        QPainter painter(&screens[2]);
        painter.drawImage(QPoint(3000, 1500), QrEncoder::encode(screenLink, 4));
        painter.end();
        QVERIFY2(!QrDecoder::decode(QImage(3 * 3840, 2160, QImage::Format_RGB32)),
                 "the three screens side by side exceed the image bound");
        const auto texts = ScreenGrab::decode(screens);
        QVERIFY2(texts, texts ? "" : qPrintable(texts.error().detail));
        QCOMPARE(*texts, QList<QByteArray>{screenLink});

        const auto none = ScreenGrab::decode({screens[0], screens[1]});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        const auto tooLarge = ScreenGrab::decode({QImage(9000, 10, QImage::Format_RGB32)});
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::ImageTooLarge);
    }

    void portalAnswers_data()
    {
        QTest::addColumn<bool>("portal");
        QTest::addColumn<uint>("response");
        QTest::addColumn<int>("failure"); // -1: the picture arrives
        QTest::newRow("picture") << true << 0u << -1;
        QTest::newRow("cancelled") << true << 1u << int(ScreenGrab::Failure::Cancelled);
        QTest::newRow("refused") << true << 2u << int(ScreenGrab::Failure::Refused);
        QTest::newRow("no Screenshot") << false << 0u << int(ScreenGrab::Failure::NoPortal);
    }

    void portalAnswers()
    {
        QFETCH(bool, portal);
        QFETCH(uint, response);
        QFETCH(int, failure);
        // A private session bus, with a fake portal on its own connection.
        QProcess daemon;
        daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                     QStringLiteral("--print-address")});
        if (!daemon.waitForStarted())
            QSKIP("dbus-daemon is not installed");
        QTRY_VERIFY(daemon.canReadLine());
        const QString address = QString::fromUtf8(daemon.readLine().trimmed());
        {
            QDBusConnection portalBus = QDBusConnection::connectToBus(address, QStringLiteral("fake-portal"));
            QDBusConnection appBus = QDBusConnection::connectToBus(address, QStringLiteral("twofold"));
            QVERIFY(portalBus.isConnected() && appBus.isConnected());
            QTemporaryDir dir;
            const QString png = dir.filePath(QStringLiteral("Screenshot from the portal.png"));
            QVERIFY(QrEncoder::encode(screenLink, 4).save(png));
            FakePortal fake(portalBus, png, response);
            // Without `portal`, a portal service with no Screenshot object, as xdg-desktop-portal is where no
            // back end offers it (the real one is not started here: the bus would activate it).
            QVERIFY(portalBus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
            if (portal)
                QVERIFY(portalBus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &fake,
                                                 QDBusConnection::ExportAllSlots));

            ScreenGrab grab(nullptr, appBus);
            QSignalSpy grabbed(&grab, &ScreenGrab::grabbed);
            QSignalSpy failed(&grab, &ScreenGrab::failed);
            grab.askPortal();
            QTRY_COMPARE_WITH_TIMEOUT(grabbed.size() + failed.size(), 1, 10'000);
            if (failure >= 0) {
                QCOMPARE(failed.size(), 1);
                QCOMPARE(int(failed.constFirst().constFirst().value<ScreenGrab::Failure>()), failure);
            } else {
                QCOMPARE(failed.size(), 0);
                const auto screens = grabbed.constFirst().constFirst().value<QList<QImage>>();
                QCOMPARE(screens.size(), 1);
                QCOMPARE(ScreenGrab::decode(screens).value_or(QList<QByteArray>()),
                         QList<QByteArray>{screenLink});
                QVERIFY2(!QFile::exists(png), "the portal's file is deleted once read");
            }
            QTest::qWait(100);
            QCOMPARE(grabbed.size() + failed.size(), 1); // once, though subscribed on two paths
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
        QDBusConnection::disconnectFromBus(QStringLiteral("twofold"));
        daemon.kill();
        daemon.waitForFinished();
    }

    void findsACodeShownByAnotherApp()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs an X server (runs under xvfb-run in scripts/test)");
        const QByteArray link = screenLink;
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
