// SPDX-License-Identifier: GPL-3.0-or-later
#include "start/StartOptions.h"

namespace twofold {

bool StartOptions::isLink(const QString &argument)
{
    return argument.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive);
}

StartOptions StartOptions::parse(const QStringList &arguments)
{
    StartOptions options;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == minimizedOption())
            options.minimized = true;
        else if (isLink(argument) && options.link.isEmpty())
            options.link = argument;
    }
    return options;
}

} // namespace twofold
