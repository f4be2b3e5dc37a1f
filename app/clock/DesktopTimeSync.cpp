// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/DesktopTimeSync.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace twofold {

DesktopTimeSync::DesktopTimeSync(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{}

void DesktopTimeSync::refresh()
{
    if (!m_bus.isConnected()) {
        setState(Unknown);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.timedate1"), QStringLiteral("/org/freedesktop/timedate1"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.timedate1") << QStringLiteral("NTPSynchronized");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError() || reply.value().variant().typeId() != QMetaType::Bool)
            setState(Unknown);
        else
            setState(reply.value().variant().toBool() ? Synchronised : NotSynchronised);
    });
}

void DesktopTimeSync::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace twofold
