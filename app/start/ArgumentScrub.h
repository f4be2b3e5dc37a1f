// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twofold {

// Clears otpauth:// links from this process's own argument memory once they are parsed. /proc/PID/cmdline
// reads that memory, so any local user could otherwise read the secret for as long as Twofold runs.
class ArgumentScrub
{
public:
    // Overwrites every argument that is an otpauth:// link with zero bytes, in place; returns how many.
    static int clearLinks(int argc, char **argv);
};

} // namespace twofold
