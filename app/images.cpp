// SPDX-License-Identifier: GPL-3.0-or-later
// `twofold-images`: the commands that read or draw images (`twofold scan`, `twofold export`), which `twofold`
// hands over to this executable so that it alone maps Qt Gui and ZXing. Installed beside the window, out of
// PATH; run as `twofold`, with the same arguments.
#include "cli/CommandProcess.h"
#include "cli/ImageCommands.h"
#include "start/ArgumentScrub.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <sys/prctl.h>

using namespace twofold;

int main(int argc, char **argv)
{
    // Secrets live in this process's memory (export unlocks the vault): no core dumps, no ptrace.
    prctl(PR_SET_DUMPABLE, 0);

    CommandProcess::nameApplication();
    // Only the PDF export draws (fonts need a GUI application); it never needs a display.
    const bool draws = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    return CommandProcess::run(ArgumentScrub::takeArguments(argc, argv),
                               [](QTextStream &out, QTextStream &err, QTextStream &in,
                                  const QStringList &args) { return ImageCommands(out, err, in).run(args); });
}
