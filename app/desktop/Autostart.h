// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace twofold {

// Start at login: an XDG autostart entry, $XDG_CONFIG_HOME/autostart/io.github.twofold.Twofold.desktop,
// that starts Twofold hidden in the tray. The file is the setting: there is no copy to drift from it.
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; false (and a log line) when that failed.
    static bool setEnabled(bool enabled);
    // The entry for `program` (an absolute path): Exec quoted as the Desktop Entry spec asks.
    static QByteArray entry(const QString &program);
    // The program a login should start: the AppImage when running from one, else this executable.
    static QString program();
};

} // namespace twofold
