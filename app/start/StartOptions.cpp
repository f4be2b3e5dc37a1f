// SPDX-License-Identifier: GPL-3.0-or-later
#include "start/StartOptions.h"

#include <QCoreApplication>

namespace twofold {

bool StartOptions::isLink(const QString &argument)
{
    return argument.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive);
}

bool StartOptions::startsWindow(const QString &argument)
{
    return isLink(argument) || argument == minimizedOption() || argument == quickCopyOption();
}

StartOptions StartOptions::parse(const QStringList &arguments)
{
    StartOptions options;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == minimizedOption()) {
            options.minimized = true;
        } else if (argument == quickCopyOption()) {
            options.quickCopy = true;
        } else if (isLink(argument)) {
            if (!options.link.isEmpty()) {
                options.error =
                    QCoreApplication::translate("StartOptions", "only one otpauth:// link can be given");
                return options;
            }
            options.link = argument;
        } else {
            // Only options are quoted back: anything else may be a mistyped link, with its secret.
            options.error =
                argument.startsWith(u'-')
                    ? QCoreApplication::translate("StartOptions", "unknown option “%1”; see twofold --help")
                          .arg(argument)
                    : QCoreApplication::translate("StartOptions", "unexpected argument; see twofold --help");
            return options;
        }
    }
    if (options.quickCopy && (options.minimized || !options.link.isEmpty()))
        options.error = QCoreApplication::translate(
            "StartOptions", "--quick-copy cannot be combined with --minimized or a link");
    return options;
}

} // namespace twofold
