// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/VaultTimeCorrection.h"

#include "ErrorText.h"
#include "codes/CodeClock.h"
#include "vault/VaultSession.h"

namespace twofold {

VaultTimeCorrection::VaultTimeCorrection(VaultSession &session, CodeClock &codeClock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_codeClock(codeClock)
    , m_clock(&codeClock.clock())
{
    m_codeClock.setClock(&m_clock);
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (m_session.state() == VaultSession::Unlocked)
            apply(m_session.store().timeCorrection());
    });
}

void VaultTimeCorrection::setBaseClock(const Clock *clock)
{
    m_clock.setBase(clock);
    m_codeClock.setClock(&m_clock);
}

QString VaultTimeCorrection::setSeconds(qint64 seconds)
{
    if (const auto stored = m_session.store().setTimeCorrection(seconds); !stored)
        return ErrorText::describe(stored.error());
    m_session.markEdited();
    apply(seconds);
    return {};
}

void VaultTimeCorrection::apply(qint64 seconds)
{
    if (seconds == m_clock.correctionSeconds())
        return;
    m_clock.setCorrectionSeconds(seconds);
    m_codeClock.setClock(&m_clock); // the codes on screen move to the corrected time at once
    Q_EMIT changed();
}

} // namespace twofold
