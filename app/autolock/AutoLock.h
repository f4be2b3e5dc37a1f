// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace twofold {

// Decides when the vault locks by itself: after a period without keyboard or mouse input, when the
// desktop's screen locker activates (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged,
// logind's Lock), and before the system sleeps (logind PrepareForSleep).
class AutoLock : public QObject
{
    Q_OBJECT

public:
    explicit AutoLock(QObject *parent = nullptr);

    // 0 disables the idle timer.
    void setIdleTimeout(int milliseconds);
    void setLockOnScreenLock(bool enabled) { m_onScreenLock = enabled; }
    // Starts/stops watching (the app arms it while the vault is unlocked).
    void setArmed(bool armed);

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void prepareForSleep(bool sleeping);

private:
    void request();

    QTimer m_idle;
    int m_idleMs = 5 * 60 * 1000;
    bool m_armed = false;
    bool m_onScreenLock = true;
};

} // namespace twofold
