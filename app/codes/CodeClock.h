// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace twofold {

class Clock;

// The one second-aligned ticker behind every code and countdown on screen: it wakes exactly at the next
// whole second, and only while it has something to show (an unlocked vault, a previewed link) and that is
// on screen — a hidden app does no periodic work. Coming back on screen, it ticks at once, so codes are
// current from their first frame. Tests inject the clock.
class CodeClock : public QObject, public QmlInstance<CodeClock>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)

public:
    explicit CodeClock(const Clock &clock, QObject *parent = nullptr);
    ~CodeClock() override { forget(this); }

    // Replaces the clock and ticks at once (when running).
    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }
    // Seconds since the epoch, as of the last tick (or sync()).
    qint64 now() const { return m_now; }
    // Reads the clock into now() without telling anyone (a list about to be reloaded for it).
    qint64 sync();

    // Something to show (defaults to false), and whether it is on screen (defaults to true).
    void setEnabled(bool enabled);
    void setOnScreen(bool onScreen);
    bool isOnScreen() const { return m_onScreen; }
    // Whether it waits for its next tick (tests).
    bool isTicking() const { return m_ticker.isActive(); }

Q_SIGNALS:
    void nowChanged();
    void ticked(qint64 now);

private:
    void update();
    void tick();

    const Clock *m_clock;
    QTimer m_ticker;
    qint64 m_now = 0;
    bool m_enabled = false;
    bool m_onScreen = true;
};

} // namespace twofold
