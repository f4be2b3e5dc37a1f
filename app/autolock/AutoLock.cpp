// SPDX-License-Identifier: GPL-3.0-or-later
#include "autolock/AutoLock.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>

namespace twofold {

AutoLock::AutoLock(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AutoLock::request);
    qApp->installEventFilter(this);

    // Screen lockers announce themselves on the session bus; logind on the system bus. Where a bus or
    // service is missing, the connection simply never fires.
    QDBusConnection session = QDBusConnection::sessionBus();
    for (const auto &[service, path] :
         {std::pair{"org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"},
          std::pair{"org.freedesktop.ScreenSaver", "/ScreenSaver"},
          std::pair{"org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"}})
        session.connect(QString(), QLatin1String(path), QLatin1String(service),
                        QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
    QDBusConnection system = QDBusConnection::systemBus();
    system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                   QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                   SLOT(prepareForSleep(bool)));
    system.connect(QStringLiteral("org.freedesktop.login1"), QString(),
                   QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                   SLOT(sessionLocked()));
}

void AutoLock::setIdleTimeout(int milliseconds)
{
    m_idleMs = milliseconds;
    setArmed(m_armed);
}

void AutoLock::setArmed(bool armed)
{
    m_armed = armed;
    if (m_armed && m_idleMs > 0)
        m_idle.start(m_idleMs);
    else
        m_idle.stop();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_armed && m_idleMs > 0)
            m_idle.start(m_idleMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::screenSaverActiveChanged(bool active)
{
    if (active && m_onScreenLock)
        request();
}

void AutoLock::sessionLocked()
{
    if (m_onScreenLock)
        request();
}

void AutoLock::prepareForSleep(bool sleeping)
{
    if (sleeping)
        request();
}

void AutoLock::request()
{
    if (m_armed)
        Q_EMIT lockRequested();
}

} // namespace twofold
