// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/BackupReminder.h"

#include "codes/CodeClock.h"
#include "settings/Settings.h"
#include "time/Clock.h"
#include "vault/VaultSession.h"

namespace twofold {

BackupReminder::BackupReminder(const VaultSession &session, Settings &settings, const CodeClock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&m_session, &VaultSession::stateChanged, this, &BackupReminder::refresh);
}

BackupReminder::~BackupReminder()
{
    forget(this);
}

void BackupReminder::refresh()
{
    QString reminder;
    const int days = m_settings.backupReminderDays();
    const VaultStore &store = m_session.store();
    if (m_session.state() == VaultSession::Unlocked && days > 0 && !store.accounts().isEmpty()) {
        const QDateTime newest = store.newestBackupTime();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.clock().currentMSecs(), QTimeZone::UTC);
        if (!newest.isValid())
            reminder = tr("There is no backup of your vault yet. Back up now, and keep a copy away from this "
                          "computer.");
        else if (newest.daysTo(now) >= days)
            reminder = tr("Your newest backup is %n day(s) old. Back up now.", "", int(newest.daysTo(now)));
    }
    if (reminder == m_text)
        return;
    m_text = reminder;
    Q_EMIT textChanged();
}

} // namespace twofold
