// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ClockCommand.h"

#include "cli/ExitCode.h"
#include "clock/SntpErrorText.h"
#include "clock/SntpQuery.h"
#include "clock/TimeServerSetting.h"
#include "time/Clock.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>

namespace twofold {

ClockCommand::ClockCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int ClockCommand::fail(const QString &message)
{
    m_err << "twofold: " << message << '\n';
    m_err.flush();
    return ExitBadInput;
}

int ClockCommand::clock(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("HOST[:PORT]"));
    parser.addOption(serverOption);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("clock: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));
    const QString name =
        parser.isSet(serverOption) ? parser.value(serverOption) : TimeServerSetting::server();
    if (name.isEmpty())
        return fail(
            tr("clock: no time server chosen; give --server HOST[:PORT] (e.g. pool.ntp.org) or choose "
               "one in the window's settings"));
    const auto server = SntpQuery::Server::parse(name);
    if (!server)
        return fail(QStringLiteral("clock: ") + SntpErrorText::describe(server.error()));
    const auto reading = SntpQuery::run(*server, Clock::system());
    if (!reading)
        return fail(QStringLiteral("clock: ") + SntpErrorText::describe(reading.error()));
    m_out << "offset " << SntpErrorText::offset(reading->offsetUs) << '\n';
    m_out.flush();
    return std::abs(reading->offsetUs) > toleranceMs * 1000 ? ExitPartial : ExitOk;
}

} // namespace twofold
