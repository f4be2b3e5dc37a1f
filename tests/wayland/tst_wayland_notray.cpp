// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WaylandSession.h"
#include "WindowDriver.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "tray/TrayHostProbe.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
constexpr int slowMs = 20'000;

// Counts requests to quit the app, which QCoreApplication::quit() sends as an event.
class QuitWatch : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Quit)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

// A bare Wayland desktop: no tray host (GNOME without an extension) and a portal without Screenshot
// (tests/wayland/with-sway --no-tray --no-portal). Twofold notices, the settings say why the tray options
// are off, closing the window minimises or quits as chosen — never hides the app where nothing could bring
// it back — and "Scan the screen" says the desktop offers no screenshot portal and what to do instead.
class TestWaylandNoTray : public QObject, public WindowDriver
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;
    std::unique_ptr<DesktopShell> m_shell;
    QuitWatch m_quits;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("wayland"),
                 "runs on Wayland (tests/wayland/with-sway --no-tray)");
        if (const QString tool = WaylandSession::missingTool(); !tool.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
        QVERIFY(m_crypto.check().has_value());
        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->exposeToQml();
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        m_engine.setInitialProperties({{QStringLiteral("visible"), false}});
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = std::make_unique<DesktopShell>(*m_window, *m_vault, m_settings, m_engine);
        m_settings.setStartMinimized(true); // asked for, but there is no tray to start hidden in
        m_shell->start({});
        QVERIFY2(QTest::qWaitForWindowExposed(m_window), "with no tray, a hidden start still shows a window");
        m_settings.setStartMinimized(false);
        qApp->installEventFilter(&m_quits);
    }

    void noTrayHostIsDetected()
    {
        QVERIFY(!TrayHostProbe::watcherPresent());
        QVERIFY(!TrayController::available());
        TrayHostProbe probe;
        QVERIFY(!probe.available());
        QVERIFY2(probe.reason().contains(QLatin1String("no StatusNotifierItem host")),
                 qPrintable(probe.reason()));
    }

    void settingsSayWhyTrayOptionsAreOff()
    {
        m_shell->mainWindow().present();
        click(item("settingsButton"));
        QQuickItem *reason = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reason = item("trayUnavailableReason")) && reason->isVisible(), slowMs);
        QVERIFY(reason->property("text").toString().contains(QLatin1String("no StatusNotifierItem host")));
        QVERIFY2(!item("closeToTray")->isEnabled(), "no tray: keeping running in it is not offered");
        QVERIFY(!item("startMinimized")->isEnabled());
        QQuickItem *minimize = item("minimizeWithoutTray");
        QVERIFY(minimize && minimize->isVisible());
        QTest::qWait(300); // the dialog's opening transition, for the screenshot
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-notray-settings")));
        click(minimize);
        QTRY_VERIFY(m_settings.minimizeWithoutTray());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!minimize->isVisible());
    }

    void screenScanWithoutPortalSaysSo()
    {
        m_shell->mainWindow().present();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QQuickItem *scan = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((scan = item("scanScreenButton")) && scan->isVisible(), slowMs);
        QTest::qWait(300); // the opening transition: the click lands where the button ends up
        click(scan);
        QQuickItem *error = item("addError");
        QTRY_VERIFY_WITH_TIMEOUT(!error->property("text").toString().isEmpty(), slowMs);
        QVERIFY2(error->property("text").toString().startsWith(
                     QLatin1String("This desktop offers no screenshot portal")),
                 qPrintable(error->property("text").toString()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->isVisible(), "the window comes back after the attempt", slowMs);
        QTest::qWait(300);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-notray-no-portal")));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!scan->isVisible());
    }

    void closingMinimisesWhenChosen()
    {
        m_settings.setCloseToTray(true); // the default, and no tray to honour it
        m_settings.setMinimizeWithoutTray(true);
        const int quitsBefore = m_quits.count;
        m_window->close();
        QTRY_VERIFY(m_window->windowStates() & Qt::WindowMinimized);
        QVERIFY2(m_window->isVisible(), "minimised, still in the taskbar, not hidden");
        QCOMPARE(m_quits.count, quitsBefore);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestWaylandNoTray test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wayland_notray.moc"
