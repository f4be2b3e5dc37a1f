// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace twofold {

// `twofold clock [--server HOST[:PORT]]`: asks a time server (SNTP) how far this computer's clock is off
// and prints "offset +S.SSS s" (server time minus local time). Exit 0, 1 when the offset is over 10 s
// either way, 2 when the server does not answer within 3 s or its reply is refused (stderr says why).
class ClockCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClockCommand)

public:
    static constexpr qint64 toleranceMs = 10000;

    ClockCommand(QTextStream &out, QTextStream &err);
    int clock(const QStringList &arguments);

private:
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace twofold
