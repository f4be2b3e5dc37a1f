// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WaylandSession.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
constexpr int slowMs = 30'000;
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");

// The running app as window.cpp wires it, on a scratch vault and settings file.
struct App
{
    QTemporaryDir home;
    QSettings store{home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings settings{&store};
    std::unique_ptr<VaultParts> vault;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<DesktopShell> shell;

    ~App()
    {
        shell.reset();
        engine.reset();
    }

    bool start()
    {
        Settings::setInstance(&settings);
        vault = std::make_unique<VaultParts>(home.filePath(QStringLiteral("vault.twofold")), settings);
        vault->session().setKdfForNewVaults(fastKdf());
        vault->exposeToQml();
        vault->session().createVault(QStringLiteral("pw"));
        if (!QTest::qWaitFor([this] { return vault->session().state() == VaultSession::Unlocked; }, slowMs))
            return false;
        vault->actions().addUri(QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP"));
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->setInitialProperties({{QStringLiteral("visible"), false}});
        engine->loadFromModule("Twofold", "Main");
        if (engine->rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        shell = std::make_unique<DesktopShell>(*window, *vault, settings, *engine);
        shell->start({});
        return QTest::qWaitForWindowExposed(window);
    }

    QQuickItem *item(const char *name) const
    {
        return window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    void click(const char *name) const
    {
        QQuickItem *target = item(name);
        QVERIFY2(target && target->isVisible(), name);
        QTest::mouseClick(window, Qt::LeftButton, {},
                          target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint());
    }

    // Opens Settings and brings its Shortcut section into view.
    void showShortcutSettings() const
    {
        click("settingsButton");
        QQuickItem *status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((status = item("shortcutStatus")) && status->isVisible(), slowMs);
        QTest::qWait(300); // the dialog's opening transition, for the screenshot
        // The settings scroll in a small window: the section's heading to the top, as a person would.
        QQuickItem *scroll = item("settingsScroll");
        QVERIFY(scroll);
        auto *flickable = scroll->property("contentItem").value<QQuickItem *>();
        QVERIFY(flickable);
        auto *content = flickable->property("contentItem").value<QQuickItem *>();
        const qreal top = status->mapToItem(content, QPointF(0, 0)).y() - 40;
        const qreal most = flickable->property("contentHeight").toReal() - flickable->height();
        flickable->setProperty("contentY", std::clamp(top, 0.0, std::max(most, 0.0)));
        QTest::qWait(100);
        const QRectF shown = status->mapRectToScene(status->boundingRect());
        QVERIFY2(scroll->mapRectToScene(scroll->boundingRect()).contains(shown), "the section is in view");
    }

    void saveScreenshot(const QString &name) const
    {
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(screenshotPath(name + QStringLiteral(".png"))));
    }
};
} // namespace

// Settings → Shortcut against a fake GlobalShortcuts portal (tests/desktop/fake_globalshortcuts) on the
// private session bus of tests/desktop/with-x11: registering binds Ctrl+Alt+C in a portal session, a start
// binds it again, the portal's Activated opens quick copy.
class TestShortcutPortal : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QProcess m_portal;
    App m_app;

    ShortcutPortal &portal() { return m_app.shell->shortcut(); }

    static bool press(const QString &id)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(portalService, QStringLiteral("/fake"),
                                                           QStringLiteral("io.github.twofold.FakePortal"),
                                                           QStringLiteral("Press"));
        call << id;
        return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "a private session bus (with-x11)");
        m_portal.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_portal.start(QStringLiteral(FAKE_PORTAL), {});
        QVERIFY(m_portal.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            QDBusConnection::sessionBus().interface()->isServiceRegistered(portalService).value(), slowMs);
        m_app.settings.setQuickCopyShortcut(true); // registered in an earlier run
        QVERIFY(m_app.start());
    }

    void cleanupTestCase()
    {
        m_portal.kill();
        m_portal.waitForFinished();
    }

    void startBindsTheRegisteredShortcutAgain()
    {
        QTRY_COMPARE_WITH_TIMEOUT(portal().state(), ShortcutPortal::Bound, slowMs);
        QTRY_COMPARE(portal().trigger(), QStringLiteral("CTRL+ALT+C"));
        const QString log = QString::fromUtf8(m_portal.readAllStandardOutput());
        QVERIFY2(
            log.contains(QLatin1String("CreateSession\nBindShortcuts quick-copy CTRL+ALT+C\nListShortcuts")),
            qPrintable(log));
    }

    void activatedOpensQuickCopy()
    {
        QVERIFY(!m_app.shell->tray().quickCopy().isShown());
        QVERIFY(press(QStringLiteral("something-else")));
        QTest::qWait(300);
        QVERIFY2(!m_app.shell->tray().quickCopy().isShown(), "only our shortcut opens it");
        QVERIFY(press(ShortcutPortal::shortcutId()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.shell->tray().quickCopy().isShown(), slowMs);
        QQuickWindow *popup = m_app.shell->tray().quickCopy().window();
        QVERIFY(QTest::qWaitForWindowExposed(popup));
        QTest::qWait(200);
        const QImage image = popup->grabWindow();
        QVERIFY(image.save(screenshotPath(QStringLiteral("shortcut-portal-popup.png"))));
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!m_app.shell->tray().quickCopy().isShown());
    }

    void settingsShowTheShortcutAndRegisterIt()
    {
        m_app.shell->mainWindow().present();
        m_app.showShortcutSettings();
        QTRY_VERIFY(
            m_app.item("shortcutStatus")->property("text").toString().contains(QLatin1String("CTRL+ALT+C")));
        QVERIFY(!m_app.item("shortcutCommand")->isVisible());
        m_app.saveScreenshot(QStringLiteral("settings-shortcut-bound"));

        m_app.click("removeShortcut");
        QTRY_COMPARE(portal().state(), ShortcutPortal::Unbound);
        QVERIFY2(!m_app.settings.quickCopyShortcut(), "not bound again at the next start");
        QTRY_VERIFY(m_app.item("registerShortcut")->isVisible());
        m_app.saveScreenshot(QStringLiteral("settings-shortcut-unbound"));

        m_app.click("registerShortcut");
        QTRY_COMPARE_WITH_TIMEOUT(portal().state(), ShortcutPortal::Bound, slowMs);
        QVERIFY(m_app.settings.quickCopyShortcut());
        QVERIFY(press(ShortcutPortal::shortcutId()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.shell->tray().quickCopy().isShown(), slowMs);
        QTest::keyClick(m_app.shell->tray().quickCopy().window(), Qt::Key_Escape);
        QTest::keyClick(m_app.window, Qt::Key_Escape);
    }
};

// The same section where the desktop has no GlobalShortcuts portal (here: xdg-desktop-portal without a
// backend for it, or none at all): it says so, and gives the command to bind, with a copy button.
class TestShortcutFallback : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    App m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY(m_app.start());
    }

    void settingsExplainTheFallback()
    {
        m_app.shell->mainWindow().present();
        m_app.showShortcutSettings();
        QTRY_COMPARE_WITH_TIMEOUT(m_app.shell->shortcut().state(), ShortcutPortal::Absent, slowMs);
        QTRY_VERIFY(m_app.item("shortcutCommand")->isVisible());
        QVERIFY(m_app.item("shortcutStatus")
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("GlobalShortcuts")));
        QCOMPARE(m_app.item("shortcutCommand")->property("text").toString(),
                 QStringLiteral("twofold --quick-copy"));
        QVERIFY(!m_app.item("registerShortcut")->isVisible());
        QTest::qWait(200);
        m_app.saveScreenshot(QStringLiteral("settings-shortcut-absent"));
        m_app.click("copyShortcutCommand");
        QTRY_COMPARE_WITH_TIMEOUT(
            WaylandSession::run(QStringLiteral("xclip"), {QStringLiteral("-o"), QStringLiteral("-selection"),
                                                          QStringLiteral("clipboard")})
                .out,
            QStringLiteral("twofold --quick-copy"), slowMs);
        QCOMPARE(m_app.item("copyShortcutCommand")->property("text").toString(), QStringLiteral("Copied"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    int status = 0;
    {
        TestShortcutPortal test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestShortcutFallback test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}
#include "tst_shortcutportal.moc"
