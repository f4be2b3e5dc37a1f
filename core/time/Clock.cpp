// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/Clock.h"

#include <QDateTime>

namespace twofold {

Clock::~Clock() = default;

qint64 Clock::currentMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace twofold
