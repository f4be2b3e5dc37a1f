// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WaylandSession.h"
#include "WindowDriver.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/VaultParts.h"
#include "instance/SingleInstance.h"
#include "otp/OtpGenerator.h"
#include "qr/QrEncoder.h"
#include "qr/QrIntake.h"
#include "settings/Settings.h"
#include "tray/TrayHostProbe.h"
#include "uri/OtpAuthUri.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
// The compositor, the tray host and the tools are other processes: on a loaded machine they take seconds.
constexpr int slowMs = 20'000;
const QString password = QStringLiteral("Correct horse 42");
const QString gitHubLink = QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP");
const QString bankLink = QStringLiteral("otpauth://totp/Bank:me?secret=GEZDGNBVGY3TQOJQ");

// Codes stay put while the test reads them: 30 s left in the period, far from "about to expire".
class FixedClock : public Clock
{
public:
    qint64 currentMSecs() const override { return 1'700'000'010'000; }
};
} // namespace

// Twofold on a real Wayland session (tests/wayland/with-sway: headless sway, waybar as the
// StatusNotifierItem host, the wlr screenshot portal): typed at through the virtual-keyboard protocol,
// its clipboard read back by another client, its tray menu clicked over D-Bus as the tray host would, and
// a QR code on screen found through the portal. Screenshots of the whole screen (grim) in screenshots/.
class TestWayland : public QObject, public WindowDriver
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    FixedClock m_clock;
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;
    std::unique_ptr<DesktopShell> m_shell;
    SingleInstance m_instance; // on the private session's runtime directory, as the real one

    TrayController &tray() { return m_shell->tray(); }

    QString code(const QString &link) const
    {
        const auto uri = OtpAuthUri::parse(link.toUtf8());
        return uri ? OtpGenerator::code(uri->secret(), uri->parameters(), m_clock.currentMSecs() / 1000)
                         .value_or(QString())
                   : QString();
    }

    // The window has the compositor's keyboard focus, so typed keys reach it.
    void focusWindow()
    {
        m_shell->mainWindow().present();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
    }

    // The "add account" dialog, opened with its shortcut typed on the virtual keyboard.
    void openAddDialog()
    {
        focusWindow();
        QVERIFY(WaylandSession::key(QStringLiteral("n"), {QStringLiteral("ctrl")}));
        QTRY_VERIFY_WITH_TIMEOUT(item("scanScreenButton") && item("scanScreenButton")->isVisible(), slowMs);
        QTest::qWait(300); // the opening transition: a click lands where the button ends up
    }

    // Escape closes the dialog on top, one at a time, until the list is back.
    void closeDialogs()
    {
        for (int i = 0; i < 3 && item("scanScreenButton") && item("scanScreenButton")->isVisible(); ++i) {
            QVERIFY(WaylandSession::key(QStringLiteral("Escape")));
            QTest::qWait(300);
        }
        QTRY_VERIFY(!item("scanScreenButton")->isVisible());
    }

    // Clicks the entry of that label in whichever tray item has it (another Twofold may show its own).
    void clickTrayItem(const QString &label)
    {
        // Looked up afresh on each try, and clicked in the menu it was found in: QTRY evaluates its
        // condition more than once, and an id kept from an earlier look-up belongs to another item's menu.
        const auto find = [&label]() -> std::optional<std::pair<std::pair<QString, QString>, int>> {
            for (const QString &item : WaylandSession::trayItems()) {
                const auto menu = WaylandSession::menuOf(item);
                if (menu.second.isEmpty())
                    continue;
                for (const auto &entry : WaylandSession::menuItems(menu))
                    if (entry.label == label && entry.visible)
                        return std::pair{menu, entry.id};
            }
            return std::nullopt;
        };
        std::optional<std::pair<std::pair<QString, QString>, int>> found;
        QTRY_VERIFY_WITH_TIMEOUT((found = find()).has_value(), slowMs);
        QVERIFY(WaylandSession::clickMenuItem(found->first, found->second));
    }

    // The real window, started on this compositor in a home and runtime directory of its own (so it does
    // not find this test as the running instance), once it has drawn its first frame.
    void startOtherInstance(QProcess &window, const QTemporaryDir &home,
                            const QList<std::pair<QString, QString>> &extra = {},
                            QByteArray *errors = nullptr)
    {
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WAYLAND_DISPLAY"), qEnvironmentVariable("XDG_RUNTIME_DIR") + u'/' +
                                                                  qEnvironmentVariable("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("TWOFOLD_REPORT_FIRST_FRAME"), QStringLiteral("1"));
        for (const auto &[name, value] : extra)
            environment.insert(name, value);
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(TWOFOLD_BINARY), {});
        QVERIFY(window.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += window.readAllStandardError()).contains("first frame"), slowMs);
        if (errors)
            *errors = err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("wayland"),
                 "runs on Wayland (tests/wayland/with-sway)");
        if (const QString tool = WaylandSession::missingTool(); !tool.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
        QVERIFY(m_crypto.check().has_value());
        QVERIFY2(TrayHostProbe::watcherPresent(), "waybar's tray is the StatusNotifierWatcher");
        m_settings.setClipboardClearSeconds(5); // the shortest the setting allows
        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->setClock(&m_clock);
        m_vault->exposeToQml();
        m_engine.setInitialProperties({{QStringLiteral("visible"), false}});
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = std::make_unique<DesktopShell>(*m_window, *m_vault, m_settings, m_engine);
        QCOMPARE(m_instance.claim(SingleInstance::activateMessage()), SingleInstance::Claim::Primary);
        m_shell->serve(m_instance);
        m_shell->start({});
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
    }

    void startUpTouchesNoMultimedia()
    {
        // The real window, started on this compositor in a home and runtime directory of its own (so it
        // does not find this test as the running instance), with the dynamic linker reporting each library.
        QTemporaryDir home;
        QProcess window;
        QByteArray err;
        startOtherInstance(window, home,
                           {{QStringLiteral("LD_DEBUG"), QStringLiteral("libs")},
                            {QStringLiteral("LD_DEBUG_OUTPUT"), home.filePath(QStringLiteral("ld"))}},
                           &err);
        if (QTest::currentTestFailed())
            return;
        QTest::qWait(1000); // what a start loads just after its first frame counts too
        window.terminate();
        QVERIFY(window.waitForFinished());
        QByteArray loaded;
        for (const QFileInfo &file : QDir(home.path()).entryInfoList({QStringLiteral("ld.*")})) {
            QFile log(file.filePath());
            QVERIFY(log.open(QIODevice::ReadOnly));
            loaded += log.readAll();
        }
        QVERIFY2(loaded.contains("libQt6WaylandClient"), "the window ran on Wayland");
        for (const char *library :
             {"libQt6Multimedia", "libpulse", "libavcodec", "libavformat", "libpipewire"})
            QVERIFY2(!loaded.contains(library), library);
        QVERIFY2(!err.contains("ffmpeg") && !err.contains("FFmpeg") && !err.contains("PulseAudio"),
                 err.constData());
    }

    void firstRunTypedThroughTheVirtualKeyboard()
    {
        QCOMPARE(m_vault->session().state(), VaultSession::NoVault);
        QTRY_VERIFY(m_window->activeFocusItem() == item("newPassword"));
        QVERIFY(WaylandSession::type(password));
        // What arrived, character for character: a keymap mix-up would show here, not as "Wrong password".
        QTRY_COMPARE(item("newPassword")->property("text").toString(), password);
        QVERIFY(WaylandSession::key(QStringLiteral("Tab")));
        QTRY_VERIFY(m_window->activeFocusItem() == item("confirmPassword"));
        QVERIFY(WaylandSession::type(password));
        QTRY_COMPARE(item("confirmPassword")->property("text").toString(), password);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-1-create")));
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->session().state(), VaultSession::Unlocked, slowMs);
        QCOMPARE(m_vault->actions().addUri(gitHubLink), QString());
        QCOMPARE(m_vault->actions().addUri(bankLink), QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 2);
        QTest::qWait(300);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-2-list")));
    }

    void searchAndCopyAsASecretClearedAfterTheDelay()
    {
        focusWindow();
        QVERIFY(WaylandSession::type(QStringLiteral("git")));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-3-search")));
        item("accountList")->forceActiveFocus();
        QElapsedTimer sinceCopy;
        sinceCopy.start();
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), code(gitHubLink), slowMs);
        QTRY_COMPARE_WITH_TIMEOUT(WaylandSession::clipboard(), code(gitHubLink), slowMs);
        const QStringList types = WaylandSession::clipboardTypes();
        QVERIFY2(types.contains(QStringLiteral("x-kde-passwordManagerHint")),
                 qPrintable(QStringLiteral("marked as a secret for clipboard managers; types: ") +
                            types.join(u' ')));
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-4-copied")));
        QTRY_VERIFY_WITH_TIMEOUT(WaylandSession::clipboard().isEmpty(), 30'000);
        QVERIFY2(
            sinceCopy.elapsed() >= 4700,
            qPrintable(
                QStringLiteral("cleared after the delay, not at once (%1 ms)").arg(sinceCopy.elapsed())));
        // Cleared in the field, as a person would: the field owns the query.
        item("searchField")->setProperty("text", QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 2);
    }

    void trayMenuOverStatusNotifierItemCopies()
    {
        QSignalSpy notified(&tray(), &TrayController::notified);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-5-tray")));
        // The window is away: the copy comes from the tray alone, with no surface of ours focused.
        m_shell->mainWindow().hide();
        QTRY_VERIFY(!m_window->isVisible());
        clickTrayItem(QStringLiteral("Bank — me"));
        QTRY_COMPARE_WITH_TIMEOUT(WaylandSession::clipboard(), code(bankLink), slowMs);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(),
                 QStringLiteral("Code for Bank copied — clears in 5 s"));
    }

    void trayCopyRefusedSaysSo()
    {
        // A compositor that gives the copying window no focus, neither when it maps nor when it asks for
        // activation (sway told not to): nothing is claimed.
        QVERIFY(
            WaylandSession::swaymsg({QStringLiteral("no_focus"), QStringLiteral("[title=\"Copying…\"]")}));
        QVERIFY(
            WaylandSession::swaymsg({QStringLiteral("focus_on_window_activation"), QStringLiteral("none")}));
        const auto restore = qScopeGuard([] {
            WaylandSession::swaymsg({QStringLiteral("focus_on_window_activation"), QStringLiteral("focus")});
        });
        QTRY_VERIFY_WITH_TIMEOUT(WaylandSession::clipboard().isEmpty(), 30'000); // the last copy cleared
        // Another program's window has the focus: sway gives the only window on a workspace focus whatever
        // the rules say.
        QTemporaryDir home;
        QProcess other;
        startOtherInstance(other, home);
        if (QTest::currentTestFailed())
            return;
        const auto endOther = qScopeGuard([&other] {
            other.terminate();
            other.waitForFinished();
        });
        QSignalSpy notified(&tray(), &TrayController::notified);
        clickTrayItem(QStringLiteral("GitHub — octocat"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, slowMs);
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Nothing was copied"));
        QVERIFY2(notified.constFirst().at(1).toString().contains(QLatin1String("focused window")),
                 qPrintable(notified.constFirst().at(1).toString()));
        QVERIFY(WaylandSession::clipboard().isEmpty());
    }

    void quickCopyPopupTypedAt()
    {
        // Where the compositor refuses the helper window, quick copy is the way: it copies from its own,
        // focused window, before it closes.
        QVERIFY(
            WaylandSession::swaymsg({QStringLiteral("no_focus"), QStringLiteral("[title=\"Copying…\"]")}));
        QVERIFY(
            WaylandSession::swaymsg({QStringLiteral("focus_on_window_activation"), QStringLiteral("none")}));
        const auto restore = qScopeGuard([] {
            WaylandSession::swaymsg({QStringLiteral("focus_on_window_activation"), QStringLiteral("focus")});
        });
        QSignalSpy notified(&tray(), &TrayController::notified);
        clickTrayItem(QStringLiteral("Quick copy…"));
        QTRY_VERIFY_WITH_TIMEOUT(tray().quickCopy().isShown(), slowMs);
        QQuickWindow *popup = tray().quickCopy().window();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isActive(), slowMs);
        // A popup, floating at its own size, not a tile that takes the screen.
        QTest::qWait(300);
        QCOMPARE(popup->size(), QSize(400, 360));
        QVERIFY(WaylandSession::type(QStringLiteral("git")));
        QTRY_COMPARE(popup->findChild<QQuickItem *>(QStringLiteral("quickList"))->property("count").toInt(),
                     1);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-6-quick-copy")));
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_VERIFY(!popup->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(WaylandSession::clipboard(), code(gitHubLink), slowMs);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(),
                 QStringLiteral("Code for GitHub copied — clears in 5 s"));
    }

    void secondStartRaisesTheWindow()
    {
        m_shell->mainWindow().hide();
        QTRY_VERIFY(!m_window->isVisible());
        // The real command, as a launcher or a second click in the menu starts it: it finds this instance
        // on the session's socket, hands over "activate" and ends.
        const auto second = WaylandSession::run(QStringLiteral(TWOFOLD_BINARY), {});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), slowMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-7-raised")));
    }

    void screenScanThroughThePortal()
    {
        const QByteArray link = "otpauth://totp/Screen:scan?secret=ORSXG5DJNZTSA53FMJRWC3I";
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(QrEncoder::encode(link, 6).save(png));
        // Another program shows the code: here the compositor's own background, behind Twofold's window.
        QVERIFY(WaylandSession::swaymsg({QStringLiteral("output"), QStringLiteral("*"), QStringLiteral("bg"),
                                         png, QStringLiteral("center")}));
        const auto plainBackground = qScopeGuard([] {
            WaylandSession::swaymsg({QStringLiteral("output"), QStringLiteral("*"), QStringLiteral("bg"),
                                     QStringLiteral("#3b4252"), QStringLiteral("solid_color")});
        });
        QVERIFY2(WaylandSession::portalOffersScreenshot(),
                 "with-sway's xdg-desktop-portal exports Screenshot (back end: xdg-desktop-portal-wlr)");
        openAddDialog();
        click(item("scanScreenButton"));
        // Twofold steps aside while the portal takes the picture, then comes back with the code read.
        QQuickItem *linkField = item("linkField");
        QTRY_COMPARE_WITH_TIMEOUT(linkField->property("text").toString(), QString::fromLatin1(link), slowMs);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->isVisible(), "the window comes back after the scan", slowMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
        QCOMPARE(item("addError")->property("text").toString(), QString());
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-10-screen-scanned")));
        click(item("addConfirm"));
        QTRY_COMPARE(m_vault->session().accounts()->count(), 3);
    }

    void screenScanRefusedSaysSo()
    {
        // The compositor refuses the portal's screen capture: the portal answers "failed" (2).
        QVERIFY(WaylandSession::failScreenshots(true));
        const auto captureAgain = qScopeGuard([] { WaylandSession::failScreenshots(false); });
        openAddDialog();
        click(item("scanScreenButton"));
        QQuickItem *error = item("addError");
        QTRY_VERIFY_WITH_TIMEOUT(!error->property("text").toString().isEmpty(), slowMs);
        QVERIFY2(error->property("text").toString().startsWith(
                     QLatin1String("The desktop's screenshot portal refused or failed")),
                 qPrintable(error->property("text").toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-11-scan-refused")));
        closeDialogs();
    }

    void cameraAbsentSaysSo()
    {
        // The session has no camera device (no /dev/video*): the camera page says so, and what to do.
        if (!QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System).isEmpty())
            QSKIP("this machine has a camera");
        openAddDialog();
        click(item("cameraButton"));
        QQuickItem *problem = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((problem = item("cameraProblem")) && problem->isVisible(), slowMs);
        QVERIFY2(problem->property("text").toString().startsWith(QLatin1String("No camera was found.")),
                 qPrintable(problem->property("text").toString()));
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-12-no-camera")));
        closeDialogs();
    }

    void lockAndUnlockTypedThroughTheVirtualKeyboard()
    {
        focusWindow();
        QVERIFY(WaylandSession::key(QStringLiteral("l"), {QStringLiteral("ctrl")}));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->session().state(), VaultSession::Locked, slowMs);
        QVERIFY(WaylandSession::clipboard().isEmpty());
        QTRY_VERIFY(m_window->activeFocusItem() == item("unlockPassword"));
        QVERIFY(WaylandSession::type(QStringLiteral("wrong")));
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(item("unlockError")->property("text").toString(),
                                  QStringLiteral("Wrong password."), slowMs);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-8-wrong-password")));
        QTRY_VERIFY(item("unlockPassword")->property("text").toString().isEmpty());
        QVERIFY(WaylandSession::type(password));
        QTRY_COMPARE(item("unlockPassword")->property("text").toString(), password);
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->session().state(), VaultSession::Unlocked, slowMs);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-9-unlocked")));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestWayland test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wayland.moc"
