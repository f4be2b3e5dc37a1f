// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace twofold {

// Whether the desktop says its clock is synchronised over the network: systemd-timedated's
// org.freedesktop.timedate1 NTPSynchronized property on the system bus. Asked asynchronously; Unknown
// where there is no such service (no systemd, a container, a test without a bus).
class DesktopTimeSync : public QObject
{
    Q_OBJECT

public:
    enum State
    {
        Unknown,
        Synchronised,
        NotSynchronised
    };

    explicit DesktopTimeSync(const QDBusConnection &bus, QObject *parent = nullptr);

    State state() const { return m_state; }
    // Asks again; stateChanged follows once the answer (or the failure) arrives.
    void refresh();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state);

    QDBusConnection m_bus;
    State m_state = Unknown;
};

} // namespace twofold
