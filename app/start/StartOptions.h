// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twofold {

// What a window start was asked for: `twofold [--minimized] [otpauth://…]` (Qt's own options pass through).
struct StartOptions
{
    QString link;           // an otpauth:// link to review and add
    bool minimized = false; // start hidden in the tray (the autostart entry passes it)

    static StartOptions parse(const QStringList &arguments);
    static bool isLink(const QString &argument);
    static QString minimizedOption() { return QStringLiteral("--minimized"); }
};

} // namespace twofold
