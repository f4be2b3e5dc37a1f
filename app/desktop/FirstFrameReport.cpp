// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/FirstFrameReport.h"

#include "desktop/StartupTrace.h"

#include <QQuickWindow>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>

namespace twofold {

void FirstFrameReport::watchIfAsked(QQuickWindow &window)
{
    const bool report = qEnvironmentVariableIntValue("TWOFOLD_REPORT_FIRST_FRAME") == 1;
    if (!report && qEnvironmentVariableIntValue("TWOFOLD_TRACE_STARTUP") != 1)
        return;
    auto reported = std::make_shared<std::atomic_bool>(false);
    // frameSwapped comes from the render thread (threaded render loop): report right there, once.
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [reported, report] {
            if (reported->exchange(true))
                return;
            StartupTrace::mark("first frame");
            if (!report)
                return;
            std::fprintf(stderr, "twofold: first frame at %.1f ms\n", monotonicMs());
            std::fflush(stderr);
        },
        Qt::DirectConnection);
}

double FirstFrameReport::monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

} // namespace twofold
