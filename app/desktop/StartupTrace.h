// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twofold {

// Opt-in trace of what the window does before its first frame, for bench/startup-trace: with
// TWOFOLD_TRACE_STARTUP=1 in the environment each step prints, on stderr,
//   twofold: trace <ms since main> ms (+<ms since the previous step>) <step>
// Without the variable a mark costs one branch.
class StartupTrace
{
public:
    static void mark(const char *step);
};

} // namespace twofold
