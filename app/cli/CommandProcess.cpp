// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandProcess.h"

#include "ErrorText.h"
#include "cli/ExitCode.h"
#include "crypto/CryptoRuntime.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace twofold {

void CommandProcess::nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));
}

int CommandProcess::run(const QStringList &arguments, const Command &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Translations translations;
    // The window's preferences file (as Settings opens it): the language chosen there applies here too.
    translations.apply(
        Translations::chosenLanguage(QSettings(QStringLiteral("twofold"), QStringLiteral("twofold"))));
    CryptoRuntime crypto;
    if (const auto ready = crypto.check(); !ready) {
        err << "twofold: " << ErrorText::describe(ready.error()) << '\n';
        return ExitBadInput;
    }
    return command(out, err, in, arguments);
}

} // namespace twofold
