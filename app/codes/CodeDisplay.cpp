// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/CodeDisplay.h"

namespace twofold {

int CodeDisplay::secondsLeft(qint64 now, int period)
{
    if (period <= 0)
        return 0;
    const qint64 into = ((now % period) + period) % period; // also for a clock before 1970
    return int(period - into);
}

bool CodeDisplay::expiring(int secondsLeft, bool counterBased)
{
    return !counterBased && secondsLeft <= expiringSeconds;
}

QString CodeDisplay::masked(const QString &code)
{
    QString dots = code;
    for (QChar &c : dots)
        if (c != QLatin1Char(' '))
            c = QChar(0x2022);
    return dots;
}

} // namespace twofold
