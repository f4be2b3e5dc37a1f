// SPDX-License-Identifier: GPL-3.0-or-later
// The window: what `twofold` (main.cpp) starts for anything that is not a command.
#include "ErrorText.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/FirstFrameReport.h"
#include "desktop/StartupTrace.h"
#include "desktop/VaultParts.h"
#include "i18n/LanguageSwitch.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "settings/Appearance.h"
#include "settings/Settings.h"
#include "start/ArgumentScrub.h"
#include "start/StartOptions.h"
#include "tasks/TaskPool.h"
#include "vault/RollbackGuard.h"
#include "vault/VaultStore.h"

#include <QApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>

#include <sys/prctl.h>

using namespace twofold;

int main(int argc, char **argv)
{
    // Secrets live in this process's memory: no core dumps, no ptrace by other user processes.
    prctl(PR_SET_DUMPABLE, 0);
    StartupTrace::mark("main");

    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));

    QApplication app(argc, argv);
    StartupTrace::mark("application (platform plugin, X connection)");
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.twofold.Twofold"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/resources/icons/twofold.svg")));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // Before the crypto check: even the startup error speaks the chosen language.
    Settings settings(nullptr);
    Appearance::chooseRenderer(settings);
    StartupTrace::mark("icon, style, settings read");
    Translations translations;
    translations.apply(settings.language());
    StartupTrace::mark("translations");

    // A second start hands its request to the running window and ends here.
    const StartOptions options = StartOptions::parse(app.arguments());
    ArgumentScrub::clearLinks(argc, argv); // the link's secret must not stay readable in /proc/PID/cmdline
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << "twofold: " << options.error << '\n';
        return 2;
    }
    SingleInstance instance;
    switch (
        instance.claim(SingleInstance::messageFor(options, qEnvironmentVariable("XDG_ACTIVATION_TOKEN")))) {
    case SingleInstance::Claim::Forwarded:
        return 0;
    case SingleInstance::Claim::Failed:
        QTextStream(stderr) << "twofold: "
                            << QCoreApplication::translate("main", "Twofold is already running "
                                                                   "but does not answer.")
                            << '\n';
        return 1;
    case SingleInstance::Claim::Primary:
        break;
    }
    StartupTrace::mark("single-instance claim");

    const auto load = [&app](QQmlApplicationEngine &engine, const char *type) {
        QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
            Qt::QueuedConnection);
        engine.loadFromModule("Twofold", type);
    };

    CryptoRuntime crypto;
    const auto ready = crypto.check();
    StartupTrace::mark("crypto check (QCA, OpenSSL)");
    if (!ready) {
        QQmlApplicationEngine engine;
        engine.setInitialProperties({{QStringLiteral("message"), ErrorText::describe(ready.error())}});
        load(engine, "StartupError");
        app.exec();
        return 2;
    }

    Settings::setInstance(&settings);
    Appearance::apply(settings.theme());
    VaultParts vault(VaultStore::defaultPath(), settings);
    vault.session().setRollbackGuard(&RollbackGuard::system());
    vault.exposeToQml();
    StartupTrace::mark("vault parts (vault header, keyring slot, backup reminder)");
    // Imports, exports and backup checks. Destroyed after the window and its dialogs; if a foreign file's KDF
    // is still running then, the process ends there instead of waiting for it (TaskPool::~TaskPool).
    TaskPool tasks;
    TaskPool::setInstance(&tasks);
    // Declared after the singletons it uses, so it is destroyed before them.
    QQmlApplicationEngine engine;
    // Twofold.Camera, the camera page's module, loaded when that page is first opened.
    engine.addImportPath(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/" TWOFOLD_QML_FROM_WINDOW));
    engine.setInitialProperties({{QStringLiteral("visible"), false}}); // shown by DesktopShell::start
    QObject::connect(&settings, &Settings::changed, &app,
                     [&settings] { Appearance::apply(settings.theme()); });
    LanguageSwitch::follow(translations, settings, engine);
    StartupTrace::mark("QML engine");
    load(engine, "Main");
    StartupTrace::mark("QML loaded (Main, the first page)");
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    FirstFrameReport::watchIfAsked(*window); // bench/ only: nothing without TWOFOLD_REPORT_FIRST_FRAME=1
    DesktopShell desktop(*window, vault, settings, engine);
    desktop.serve(instance);
    desktop.start(options);
    StartupTrace::mark("desktop shell (tray), window shown");
    const int status = app.exec();
    // Unsaved changes are written (or kept aside, encrypted), then keys and secrets are wiped.
    if (!vault.shutdown())
        QTextStream(stderr) << "twofold: " << vault.saver().storageWarning() << '\n';
    return status;
}
