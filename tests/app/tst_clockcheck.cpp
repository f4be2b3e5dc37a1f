// SPDX-License-Identifier: GPL-3.0-or-later
#include "SntpResponder.h"
#include "TestSupport.h"
#include "WindowDriver.h"
#include "clock/ClockCheck.h"
#include "clock/DesktopTimeSync.h"
#include "clock/TimeServerSetting.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "encoding/Base32.h"
#include "otp/OtpGenerator.h"
#include "settings/Settings.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

// What systemd-timedated publishes, on the test's private session bus.
class FakeTimedate : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.timedate1")
    Q_PROPERTY(bool NTPSynchronized READ synchronised)

public:
    bool m_synchronised = true;
    bool synchronised() const { return m_synchronised; }
};

// Settings → "Check the clock" in the real window against an SNTP responder on 127.0.0.1 that runs 30 s
// ahead: the offset, the main window's warning, the correction it sets (kept in the vault, used by the
// codes); and the desktop's own sync state over D-Bus. Screenshots in build/<preset>/tests/screenshots/.
class TestClockCheck : public QObject, public WindowDriver
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;

    bool shown(const char *name) const { return item(name) && item(name)->isVisible(); }

    // Settings → "Check the clock…", as a person would, waiting out the opening transitions.
    void openClockDialog()
    {
        click(item("settingsButton"));
        QTRY_VERIFY(shown("checkTheClock"));
        QTest::qWait(300);
        click(item("checkTheClock"));
        QTRY_VERIFY(shown("timeServer"));
        QTest::qWait(300);
    }

    ClockCheck *clockCheck() { return m_engine.singletonInstance<ClockCheck *>("Twofold", "ClockCheck"); }

    // The code the list shows for the one account, without the grouping space.
    QString shownCode() const
    {
        const QAbstractItemModel *model = m_vault->session().accounts();
        return model->data(model->index(0, 0), AccountListModel::CodeRole)
            .toString()
            .remove(QLatin1Char(' '));
    }

    static QString expectedCode(qint64 unixSeconds)
    {
        const auto secret = Base32::decode(QByteArrayLiteral("JBSWY3DPEHPK3PXP"));
        return *OtpGenerator::code(*secret, OtpParameters::defaultTotp(), unixSeconds);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The clock-check server is a preference of its own (the CLI reads it too), kept in the folder that
        // CMake gives as XDG_CONFIG_HOME; none is chosen at first.
        QVERIFY2(qEnvironmentVariable("XDG_CONFIG_HOME").contains(QLatin1String("tst_clockcheck")),
                 "never the user's own preferences");
        TimeServerSetting::setServer({});
        QVERIFY(m_crypto.check().has_value());
        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->exposeToQml();
        m_vault->session().createVault(QStringLiteral("Correct horse 42"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(m_vault->actions().addUri(
                     QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP")),
                 QString());
        m_vault->session().waitForSaves();

        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void checkWarnAndCorrect()
    {
        SntpResponder responder(30000);
        QVERIFY2(!shown("clockWarning"), "no warning before any check");
        QCOMPARE(m_vault->timeCorrection().seconds(), 0);

        openClockDialog();
        QCOMPARE(item("timeServer")->property("editText").toString(), QString()); // none until chosen
        QVERIFY2(!item("checkClock")->isEnabled(), "nothing to ask yet");
        QCOMPARE(item("timeServer")->property("count").toInt(), 4); // the suggestions
        item("timeServer")->setProperty("editText", responder.server());
        click(item("checkClock"));
        QTRY_VERIFY_WITH_TIMEOUT(shown("useMeasuredOffset"), 5000);
        const QString result = item("clockResult")->property("text").toString();
        QVERIFY2(result.startsWith(QLatin1String("Offset +30.0")) ||
                     result.startsWith(QLatin1String("Offset +29.9")),
                 qPrintable(result));
        QVERIFY2(result.contains(responder.server()), qPrintable(result));
        QCOMPARE(clockCheck()->server(), responder.server());
        QCOMPARE(clockCheck()->suggestedCorrection(), 30);
        QCOMPARE(responder.requests(), 1);
        saveScreenshot(QStringLiteral("clock-1-checked"));

        // Closing the settings shows the warning in the main window.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown("timeServer"));
        QTRY_VERIFY(shown("clockWarning"));
        const QString warning = clockCheck()->warning();
        QVERIFY2(warning.contains(QLatin1String("off by +30.0")) ||
                     warning.contains(QLatin1String("off by +29.9")),
                 qPrintable(warning));
        QTest::qWait(300);
        saveScreenshot(QStringLiteral("clock-2-warning"));

        // Its button corrects the codes by the measured offset; the warning goes, the codes move.
        QSignalSpy saved(&m_vault->timeCorrection(), &VaultTimeCorrection::changed);
        const auto buttons = item("clockWarning")->findChildren<QQuickItem *>();
        QQuickItem *button = nullptr;
        for (QQuickItem *child : buttons)
            if (child->property("text").toString() == QLatin1String("Correct by +30 s"))
                button = child;
        QVERIFY2(button, "the warning offers the correction");
        click(button);
        QTRY_COMPARE(m_vault->timeCorrection().seconds(), 30);
        QTRY_VERIFY(!shown("clockWarning"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            const qint64 before = QDateTime::currentSecsSinceEpoch();
            const QString code = shownCode();
            if ((before + 30) / 30 != (QDateTime::currentSecsSinceEpoch() + 30) / 30)
                continue;
            QCOMPARE(code, expectedCode(before + 30));
            break;
        }
        saveScreenshot(QStringLiteral("clock-3-corrected"));

        // Kept in the vault: a lock and unlock brings it back.
        m_vault->session().waitForSaves();
        QTest::qWait(400);
        m_vault->session().waitForSaves();
        m_vault->session().lock();
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        m_vault->session().unlock(QStringLiteral("Correct horse 42"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(m_vault->timeCorrection().seconds(), 30);
    }

    void refusedReplyIsNamedInTheDialog()
    {
        SntpResponder responder(0, SntpResponder::WrongOrigin);
        openClockDialog();
        QCOMPARE(item("timeServer")->property("editText").toString(), clockCheck()->server());
        item("timeServer")->setProperty("editText", responder.server());
        click(item("checkClock"));
        QTRY_VERIFY_WITH_TIMEOUT(clockCheck()->failed(), 5000);
        QTRY_COMPARE(
            item("clockResult")->property("text").toString(),
            QStringLiteral("Refused the reply: it does not answer this request (its origin timestamp "
                           "differs)."));
        QVERIFY2(!shown("useMeasuredOffset"), "no offset to use");
        QVERIFY2(!shown("clockWarning"), "a refused reply is no reading");
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("clock-4-refused"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown("timeServer"));
    }

    void desktopSyncState()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "runs under dbus-run-session");
        DesktopTimeSync missing(bus);
        QSignalSpy unanswered(&missing, &DesktopTimeSync::stateChanged);
        missing.refresh();
        QTest::qWait(300);
        QCOMPARE(missing.state(), DesktopTimeSync::Unknown);

        FakeTimedate timedate;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/timedate1"), &timedate,
                                   QDBusConnection::ExportAllProperties));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.timedate1")));
        DesktopTimeSync sync(bus);
        sync.refresh();
        QTRY_COMPARE(sync.state(), DesktopTimeSync::Synchronised);
        timedate.m_synchronised = false;
        sync.refresh();
        QTRY_COMPARE(sync.state(), DesktopTimeSync::NotSynchronised);

        ClockCheck check(m_vault->timeCorrection(), bus);
        QTRY_COMPARE(
            check.desktopSync(),
            QStringLiteral("The desktop says this computer's clock is not synchronised over the network."));
        bus.unregisterService(QStringLiteral("org.freedesktop.timedate1"));
    }
};

QTEST_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
