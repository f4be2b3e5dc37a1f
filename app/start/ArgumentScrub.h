// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twofold {

// Clears otpauth:// links from this process's own argument memory once they are parsed. /proc/PID/cmdline
// reads that memory, so any local user could otherwise read the secret for as long as Twofold runs.
class ArgumentScrub
{
public:
    // Overwrites every argument that is an otpauth:// link with zero bytes, in place; returns how many.
    static int clearLinks(int argc, char **argv);
    // QCoreApplication::arguments() (which reads argv afresh on each call), then clearLinks(): for a command
    // such as `twofold add otpauth://...` that then waits for its password.
    static QStringList takeArguments(int argc, char **argv);
};

} // namespace twofold
