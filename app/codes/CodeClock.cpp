// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/CodeClock.h"

#include "time/Clock.h"

namespace twofold {

CodeClock::CodeClock(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
{
    m_ticker.setSingleShot(true);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &CodeClock::tick);
}

void CodeClock::setClock(const Clock *clock)
{
    m_clock = clock;
    update();
}

qint64 CodeClock::sync()
{
    m_now = m_clock->currentMSecs() / 1000;
    return m_now;
}

void CodeClock::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    update();
}

void CodeClock::setOnScreen(bool onScreen)
{
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    update();
}

void CodeClock::update()
{
    if (m_enabled && m_onScreen)
        tick();
    else
        m_ticker.stop();
}

void CodeClock::tick()
{
    const qint64 nowMs = m_clock->currentMSecs();
    m_now = nowMs / 1000;
    Q_EMIT nowChanged();
    Q_EMIT ticked(m_now);
    if (m_enabled && m_onScreen) // a listener may have turned it off
        m_ticker.start(int(1000 - nowMs % 1000));
}

} // namespace twofold
