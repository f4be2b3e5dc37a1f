// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/ClockCheck.h"

#include "clock/SntpErrorText.h"
#include "clock/SntpQuery.h"
#include "clock/TimeServerSetting.h"
#include "clock/VaultTimeCorrection.h"

#include <QQmlEngine>
#include <QtConcurrent>

#include <cmath>

namespace twofold {

ClockCheck::ClockCheck(VaultTimeCorrection &correction, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_correction(correction)
    , m_desktopSync(bus)
{
    connect(&m_desktopSync, &DesktopTimeSync::stateChanged, this, &ClockCheck::desktopSyncChanged);
    // The warning compares the reading with the codes' time, which moves with the correction.
    connect(&m_correction, &VaultTimeCorrection::changed, this, &ClockCheck::resultChanged);
    m_desktopSync.refresh();
}

ClockCheck *ClockCheck::create(QQmlEngine *engine, QJSEngine *)
{
    return new ClockCheck(VaultTimeCorrection::instance(), QDBusConnection::systemBus(), engine);
}

QString ClockCheck::server() const
{
    return TimeServerSetting::server();
}

void ClockCheck::setServer(const QString &server)
{
    if (server.trimmed() == TimeServerSetting::server())
        return;
    TimeServerSetting::setServer(server);
    Q_EMIT serverChanged();
}

QStringList ClockCheck::suggestions() const
{
    return TimeServerSetting::suggestions();
}

void ClockCheck::check(const QString &server)
{
    if (m_busy)
        return;
    setServer(server);
    m_checkedServer = this->server();
    m_offsetUs.reset();
    m_error.reset();
    const auto parsed =
        m_checkedServer.isEmpty()
            ? SntpExpected<SntpQuery::Server>(std::unexpected(SntpError{SntpError::BadServerName}))
            : SntpQuery::Server::parse(m_checkedServer);
    if (!parsed) {
        m_error = parsed.error();
        Q_EMIT resultChanged();
        return;
    }
    m_busy = true;
    Q_EMIT resultChanged();
    m_desktopSync.refresh();
    const Clock *clock = &m_correction.uncorrectedClock();
    QtConcurrent::run([server = *parsed, clock] {
        return SntpQuery::run(server, *clock);
    }).then(this, [this](const SntpExpected<SntpReading> &reading) {
        m_busy = false;
        if (reading)
            m_offsetUs = reading->offsetUs;
        else
            m_error = reading.error();
        Q_EMIT resultChanged();
    });
}

QString ClockCheck::result() const
{
    if (m_busy)
        return tr("Asking %1…").arg(m_checkedServer);
    if (m_error)
        return m_error->kind == SntpError::BadServerName && m_error->detail.isEmpty()
                   ? tr("Choose a time server first.")
                   : SntpErrorText::describe(*m_error);
    if (!m_offsetUs)
        return {};
    //: %1 is a signed number of seconds such as "+31.250 s", %2 the time server
    return tr("Offset %1: the time at %2 minus this computer's time.")
        .arg(SntpErrorText::offset(*m_offsetUs), m_checkedServer);
}

QString ClockCheck::warning() const
{
    if (!m_offsetUs)
        return {};
    const qint64 codesOffUs = *m_offsetUs - m_correction.seconds() * 1'000'000;
    if (std::abs(codesOffUs) <= toleranceUs)
        return {};
    //: %1 is a signed number of seconds such as "+31.250 s", %2 the time server
    return tr("The clock the codes use is off by %1 (%2 minus this computer): sites may refuse the codes. "
              "Set the computer's clock, or correct the codes.")
        .arg(SntpErrorText::offset(codesOffUs), m_checkedServer);
}

int ClockCheck::suggestedCorrection() const
{
    return m_offsetUs ? int(std::llround(double(*m_offsetUs) / 1e6)) : 0;
}

QString ClockCheck::desktopSync() const
{
    switch (m_desktopSync.state()) {
    case DesktopTimeSync::Synchronised:
        return tr("The desktop says this computer's clock is synchronised over the network.");
    case DesktopTimeSync::NotSynchronised:
        return tr("The desktop says this computer's clock is not synchronised over the network.");
    case DesktopTimeSync::Unknown:
        break;
    }
    return tr("The desktop does not say whether this computer's clock is synchronised.");
}

qint64 ClockCheck::correction() const
{
    return m_correction.seconds();
}

QString ClockCheck::setCorrection(int seconds)
{
    return m_correction.setSeconds(seconds);
}

} // namespace twofold
