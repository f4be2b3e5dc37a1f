// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/TimeServerSetting.h"

#include <QSettings>

namespace twofold {

namespace {
const QString key = QStringLiteral("clock/server");
// The same file as the window's other preferences (settings/Settings).
const QString organisation = QStringLiteral("twofold");
} // namespace

QString TimeServerSetting::server()
{
    return QSettings(organisation, organisation).value(key).toString().trimmed();
}

void TimeServerSetting::setServer(const QString &server)
{
    QSettings settings(organisation, organisation);
    if (server.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, server.trimmed());
}

QStringList TimeServerSetting::suggestions()
{
    return {QStringLiteral("pool.ntp.org"), QStringLiteral("time.cloudflare.com"),
            QStringLiteral("time.google.com"), QStringLiteral("ptbtime1.ptb.de")};
}

} // namespace twofold
