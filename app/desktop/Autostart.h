// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtQmlIntegration>

namespace twofold {

// Start at login: an XDG autostart entry, $XDG_CONFIG_HOME/autostart/io.github.twofold.Twofold.desktop,
// that starts Twofold hidden in the tray. The file is the setting: there is no copy to drift from it, and
// it is not one of Settings' preferences. QML reads and sets it through `Autostart.enabled`.
class Autostart : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled WRITE enable NOTIFY enabledChanged)

public:
    using QObject::QObject;

    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; false (and a log line) when that failed.
    static bool setEnabled(bool enabled);
    // setEnabled(), with enabledChanged() when the entry came or went.
    void enable(bool enabled);
    // The entry for `program` (an absolute path): Exec quoted as the Desktop Entry spec asks.
    static QByteArray entry(const QString &program);
    // The program a login should start: the AppImage when running from one, else this executable.
    static QString program();

Q_SIGNALS:
    void enabledChanged();
};

} // namespace twofold
