// SPDX-License-Identifier: GPL-3.0-or-later
#include "time/CorrectedClock.h"

namespace twofold {

CorrectedClock::CorrectedClock(const Clock *base, qint64 correctionSeconds)
    : m_base(base)
    , m_correctionSeconds(correctionSeconds)
{}

qint64 CorrectedClock::currentMSecs() const
{
    return m_base->currentMSecs() + m_correctionSeconds * 1000;
}

} // namespace twofold
