// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayHostProbe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace twofold {

namespace {
const QString watcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
} // namespace

TrayHostProbe::TrayHostProbe(QObject *parent)
    : QObject(parent)
    , m_watcher(watcherService, QDBusConnection::sessionBus(),
                QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration)
{
    connect(&m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &TrayHostProbe::changed);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &TrayHostProbe::changed);
}

bool TrayHostProbe::watcherPresent()
{
    const QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(watcherService).value();
}

bool TrayHostProbe::trayAvailable()
{
    // Qt decides between StatusNotifierItem and XEmbed once; without either, nothing would show the icon.
    if (QGuiApplication::platformName() == QLatin1String("wayland"))
        return watcherPresent() && QSystemTrayIcon::isSystemTrayAvailable();
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayHostProbe::available() const
{
    return trayAvailable();
}

QString TrayHostProbe::reason() const
{
    if (available())
        return {};
    if (QGuiApplication::platformName() == QLatin1String("wayland"))
        return tr(
            "This desktop shows no tray icons: no StatusNotifierItem host is running (on GNOME, the "
            "AppIndicator extension adds one). Closing the window therefore quits or minimises Twofold, "
            "as chosen below.");
    return tr("This desktop shows no tray icons: no system tray is running. Closing the window therefore "
              "quits or minimises Twofold, as chosen below.");
}

} // namespace twofold
