// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time/Clock.h"

namespace twofold {

// A clock shifted by the vault's manual time correction: codes, countdowns and copies read this one, so
// a computer whose clock is off still shows the codes a server expects. Its base is the system clock, or a
// clock a test injects.
class CorrectedClock : public Clock
{
public:
    explicit CorrectedClock(const Clock *base = &Clock::system(), qint64 correctionSeconds = 0);

    void setBase(const Clock *base) { m_base = base; }
    const Clock &base() const { return *m_base; }
    void setCorrectionSeconds(qint64 seconds) { m_correctionSeconds = seconds; }
    qint64 correctionSeconds() const { return m_correctionSeconds; }

    qint64 currentMSecs() const override;

private:
    const Clock *m_base;
    qint64 m_correctionSeconds;
};

} // namespace twofold
