// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twofold {

// The time server the user chose for clock checks ("HOST" or "HOST:PORT"; none by default), kept in the
// preferences under clock/server so that `twofold clock` without --server asks the same one as the window.
class TimeServerSetting
{
public:
    static QString server();
    static void setServer(const QString &server);
    // Offered in the settings; never asked unless chosen.
    static QStringList suggestions();
};

} // namespace twofold
