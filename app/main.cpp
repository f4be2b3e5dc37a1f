// SPDX-License-Identifier: GPL-3.0-or-later
// `twofold`: the command line runs right here, linked with core only, so a command starts fast and maps no
// Qt Quick, Widgets or Multimedia; any other start (no command, a link, --minimized) becomes the window.
#include "ErrorText.h"
#include "cli/CommandLine.h"
#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"
#include "start/ArgumentScrub.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

using namespace twofold;

namespace {
// The window executable, found from this one's real location: installed or in the build tree alike.
std::string windowProgram()
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return {};
    std::string path(self, std::size_t(length));
    return path.substr(0, path.rfind('/') + 1) + TWOFOLD_WINDOW_FROM_BIN;
}

[[noreturn]] void startWindow(char **argv)
{
    // Autostart writes this command into the login entry, not the window's own path.
    char self[PATH_MAX];
    if (const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1); length > 0) {
        self[length] = '\0';
        setenv("TWOFOLD_COMMAND", self, 1);
    }
    const std::string window = windowProgram();
    execv(window.c_str(), argv);
    std::fprintf(stderr, "twofold: cannot start the window (%s): %s\n", window.c_str(), std::strerror(errno));
    std::exit(1);
}

int runCommandLine(int argc, char **argv)
{
    // Only the PDF export draws (fonts need a GUI application); it never needs a display.
    const bool draws = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Translations translations;
    // The window's preferences file (as Settings opens it): the language chosen there applies here too.
    translations.apply(
        Translations::chosenLanguage(QSettings(QStringLiteral("twofold"), QStringLiteral("twofold"))));
    CryptoRuntime crypto;
    if (const auto ready = crypto.check(); !ready) {
        err << "twofold: " << ErrorText::describe(ready.error()) << '\n';
        return 2;
    }
    return CommandLine(out, err, in).run(ArgumentScrub::takeArguments(argc, argv));
}

} // namespace

int main(int argc, char **argv)
{
    // Secrets live in this process's memory: no core dumps, no ptrace by other user processes.
    prctl(PR_SET_DUMPABLE, 0);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!CommandLine::handles(arguments))
        startWindow(argv);

    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));
    return runCommandLine(argc, argv);
}
