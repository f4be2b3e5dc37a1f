// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

namespace twofold {

// The one source of "now" for codes and countdowns. The app uses the system clock; tests inject
// a fixed or stepped clock so code roll-over is checked exactly at period boundaries.
class Clock
{
public:
    virtual ~Clock();
    // Milliseconds since the Unix epoch.
    virtual qint64 currentMSecs() const;

    static Clock &system();
};

} // namespace twofold
