// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusServiceWatcher>
#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

// Whether the desktop can show Twofold's tray icon, and if not, why — for the settings, which offer the
// tray options only where a tray exists and say plainly why they are off elsewhere. On Wayland (and on
// X11 desktops with a StatusNotifierItem host) the tray is the org.kde.StatusNotifierWatcher on the session
// bus; GNOME has none unless an extension adds one. A watcher that comes or goes later is followed.
class TrayHostProbe : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)

public:
    explicit TrayHostProbe(QObject *parent = nullptr);

    // A StatusNotifierWatcher is registered on the session bus.
    static bool watcherPresent();
    // Whether an icon can be shown now: a StatusNotifierItem host, or on X11 an XEmbed tray.
    static bool trayAvailable();

    bool available() const;
    // Why tray options are unavailable; empty when they are available.
    QString reason() const;

Q_SIGNALS:
    void changed();

private:
    QDBusServiceWatcher m_watcher;
};

} // namespace twofold
