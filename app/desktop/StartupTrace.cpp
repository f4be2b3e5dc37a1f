// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/StartupTrace.h"

#include "desktop/FirstFrameReport.h"

#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace twofold {

void StartupTrace::mark(const char *step)
{
    static const bool enabled = qEnvironmentVariableIntValue("TWOFOLD_TRACE_STARTUP") == 1;
    if (!enabled)
        return;
    static const double start = FirstFrameReport::monotonicMs();
    // The first frame is marked from the render thread.
    static std::atomic<double> previous = start;
    const double now = FirstFrameReport::monotonicMs();
    std::fprintf(stderr, "twofold: trace %.1f ms (+%.1f) %s\n", now - start, now - previous.exchange(now),
                 step);
    std::fflush(stderr);
}

} // namespace twofold
