// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/TimeCorrection.h"

#include <QJsonValue>

#include <cmath>

namespace twofold {

qint64 TimeCorrection::read(const QJsonObject &vaultFields)
{
    const QJsonValue value = vaultFields.value(field);
    if (!value.isDouble())
        return 0;
    const double seconds = value.toDouble();
    if (std::trunc(seconds) != seconds || std::abs(seconds) > double(maxSeconds))
        return 0;
    return qint64(seconds);
}

bool TimeCorrection::write(QJsonObject &vaultFields, qint64 seconds)
{
    if (seconds > maxSeconds || seconds < -maxSeconds)
        return false;
    vaultFields.insert(field, seconds);
    return true;
}

} // namespace twofold
