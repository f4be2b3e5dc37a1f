// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twofold {

// What a window start was asked for: `twofold [--minimized] [otpauth://…]` or `twofold --quick-copy` (Qt's
// own options are taken out by QApplication before this sees the arguments).
struct StartOptions
{
    QString link;           // an otpauth:// link to review and add
    bool minimized = false; // start hidden in the tray (the autostart entry passes it)
    bool quickCopy = false; // open quick copy (what a desktop keyboard shortcut runs)
    QString error = {};     // why these arguments start nothing, one line; empty when they are fine

    static StartOptions parse(const QStringList &arguments);
    static bool isLink(const QString &argument);
    // Whether `argument`, first on the command line, means "the window" rather than a command.
    static bool startsWindow(const QString &argument);
    static QString minimizedOption() { return QStringLiteral("--minimized"); }
    static QString quickCopyOption() { return QStringLiteral("--quick-copy"); }
};

} // namespace twofold
