// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

class QTextStream;

namespace twofold {

// What a command-line process does around its command, in `twofold` and `twofold-images` alike: the
// application's names, the language chosen in the window's settings, QCA with its OpenSSL provider checked.
class CommandProcess
{
public:
    using Command =
        std::function<int(QTextStream &out, QTextStream &err, QTextStream &in, const QStringList &arguments)>;

    // Sets the names QSettings and --version use; call before the application object is made.
    static void nameApplication();
    // Runs `command` with `arguments` (argv, program name first; a QCoreApplication must exist) and returns
    // its exit code, or 2 when a crypto primitive is missing.
    static int run(const QStringList &arguments, const Command &command);
};

} // namespace twofold
