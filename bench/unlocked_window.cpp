// SPDX-License-Identifier: GPL-3.0-or-later
// The Twofold window as app/window.cpp builds it, over a vault that is unlocked before the window loads.
// The real executable always starts locked and shows the list only after someone types the password, so
// this is how window_bench sees the list of 1,000 accounts: its first frame, its memory, its idle CPU.
// Apart from the unlock (and the bench's counters and commands), every step is window.cpp's in
// window.cpp's order — keep the two in step.
//   unlocked_window PASSWORD    the vault at the default path; TWOFOLD_REPORT_FIRST_FRAME=1 reports the first
//                               frame as the app does (app/desktop/FirstFrameReport.h)
// Commands on stdin, one a line: "hide" (what the tray and closing to the tray do), "show", "stats" (prints
// "stats timers=N frames=M": timer events delivered on the GUI thread and frames rendered so far), "quit".
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/FirstFrameReport.h"
#include "desktop/VaultParts.h"
#include "i18n/LanguageSwitch.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "settings/Appearance.h"
#include "settings/Settings.h"
#include "start/StartOptions.h"
#include "vault/VaultStore.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <cstdio>
#include <sys/prctl.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;

namespace {
// Counts what wakes the GUI thread for nothing: with the window hidden there should be none.
class TimerEventCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char **argv)
{
    prctl(PR_SET_DUMPABLE, 0);
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));

    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: unlocked_window PASSWORD\n");
        return 2;
    }
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.twofold.Twofold"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/twofold.svg")));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    Settings settings(nullptr);
    Appearance::chooseRenderer(settings);
    Translations translations;
    translations.apply(settings.language());

    const StartOptions options = StartOptions::parse({});
    SingleInstance instance;
    if (instance.claim(SingleInstance::activateMessage()) != SingleInstance::Claim::Primary) {
        std::fprintf(stderr, "unlocked_window: another instance runs in this home\n");
        return 2;
    }
    CryptoRuntime crypto;
    if (!crypto.check())
        return 2;

    Settings::setInstance(&settings);
    Appearance::apply(settings.theme());
    VaultParts vault(VaultStore::defaultPath(), settings);
    vault.exposeToQml();

    // The one step main.cpp does not have: the password, before the window exists.
    const double unlockStart = FirstFrameReport::monotonicMs();
    QEventLoop unlocking;
    QObject::connect(&vault.session(), &VaultSession::busyChanged, &unlocking, [&] {
        if (!vault.session().busy())
            unlocking.quit();
    });
    vault.session().unlock(QString::fromLocal8Bit(argv[1]));
    unlocking.exec();
    if (vault.session().state() != VaultSession::Unlocked) {
        std::fprintf(stderr, "unlocked_window: %s\n", qPrintable(vault.session().errorMessage()));
        return 3;
    }
    std::fprintf(stderr, "unlocked_window: unlocked %d accounts in %.1f ms\n",
                 vault.session().accounts()->count(), FirstFrameReport::monotonicMs() - unlockStart);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral(TWOFOLD_QML_DIR)); // Twofold.Camera, in the build tree
    engine.setInitialProperties({{QStringLiteral("visible"), false}});
    QObject::connect(&settings, &Settings::changed, &app,
                     [&settings] { Appearance::apply(settings.theme()); });
    LanguageSwitch::follow(translations, settings, engine);
    engine.loadFromModule("Twofold", "Main");
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    FirstFrameReport::watchIfAsked(*window);
    DesktopShell desktop(*window, vault, settings, engine);
    desktop.serve(instance);
    desktop.start(options);

    TimerEventCounter timers;
    app.installEventFilter(&timers);
    std::atomic_int frames = 0;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; }, Qt::DirectConnection);
    QFile input;
    if (!input.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 2;
    QSocketNotifier commands(0, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &app, [&] {
        const QByteArray command = input.readLine().trimmed();
        if (command == "hide") {
            desktop.mainWindow().hide();
        } else if (command == "show") {
            desktop.mainWindow().present();
        } else if (command == "stats") {
            std::printf("stats timers=%d frames=%d\n", timers.count, frames.load());
            std::fflush(stdout);
        } else {
            commands.setEnabled(false); // "quit", or stdin closed
            QCoreApplication::quit();
        }
    });
    const int status = app.exec();
    (void)vault.shutdown();
    return status;
}
