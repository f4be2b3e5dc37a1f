// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

namespace twofold {

// Opt-in start-up measurement for bench/ (bench/window_bench): with TWOFOLD_REPORT_FIRST_FRAME=1 in the
// environment, the first frame the window puts on screen is reported once on stderr as
//   twofold: first frame at <ms> ms
// where <ms> is CLOCK_MONOTONIC in milliseconds — the clock QElapsedTimer uses — so the process that
// started Twofold subtracts its own start time and the figure includes loading the executable. Without the
// variable nothing is connected.
class FirstFrameReport
{
public:
    static void watchIfAsked(QQuickWindow &window);
    // The same clock, for the benchmark's side.
    static double monotonicMs();
};

} // namespace twofold
