// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "time/CorrectedClock.h"

#include <QObject>

namespace twofold {

class CodeClock;
class VaultSession;

// The open vault's manual time correction, applied to the codes' clock: read from the vault at unlock,
// changed from the clock check (and saved with the vault). Codes, countdowns and copies all read the one
// CodeClock, whose clock is this corrected one.
class VaultTimeCorrection : public QObject, public QmlInstance<VaultTimeCorrection>
{
    Q_OBJECT

public:
    VaultTimeCorrection(VaultSession &session, CodeClock &codeClock, QObject *parent = nullptr);
    ~VaultTimeCorrection() override { forget(this); }

    // Tests: a fixed clock under the correction.
    void setBaseClock(const Clock *clock);
    // The clock without the correction, to measure it against a time server.
    const Clock &uncorrectedClock() const { return m_clock.base(); }
    qint64 seconds() const { return m_clock.correctionSeconds(); }
    // Stores the correction in the unlocked vault and applies it. Returns "" or a sentence for the user.
    QString setSeconds(qint64 seconds);

Q_SIGNALS:
    void changed();

private:
    void apply(qint64 seconds);

    VaultSession &m_session;
    CodeClock &m_codeClock;
    CorrectedClock m_clock;
};

} // namespace twofold
