// SPDX-License-Identifier: GPL-3.0-or-later
#include "start/ArgumentScrub.h"

#include <QByteArrayAlgorithms>
#include <QCoreApplication>

#include <cstring>

namespace twofold {

int ArgumentScrub::clearLinks(int argc, char **argv)
{
    int cleared = 0;
    for (int i = 1; i < argc; ++i) {
        // Compared as bytes, as StartOptions::isLink does: no unwiped copy of the link is made here.
        if (!argv[i] || qstrnicmp(argv[i], "otpauth://", 10) != 0)
            continue;
        // In place: /proc/PID/cmdline shows the original argument area, not the argv pointers.
        explicit_bzero(argv[i], std::strlen(argv[i]));
        ++cleared;
    }
    return cleared;
}

QStringList ArgumentScrub::takeArguments(int argc, char **argv)
{
    QStringList arguments = QCoreApplication::arguments();
    clearLinks(argc, argv);
    return arguments;
}

} // namespace twofold
