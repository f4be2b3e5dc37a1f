// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

class CodeClock;
class Settings;
class VaultSession;

// "Back up now": shown over the unlocked list when the vault has accounts and no backup yet, or its newest
// backup is older than the days chosen in the settings (none when that is 0).
class BackupReminder : public QObject, public QmlInstance<BackupReminder>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString text READ text NOTIFY textChanged)

public:
    BackupReminder(const VaultSession &session, Settings &settings, const CodeClock &clock,
                   QObject *parent = nullptr);
    ~BackupReminder() override;

    // Empty when there is nothing to remind of.
    QString text() const { return m_text; }
    // Looks again (the lock state, a save or the settings changed).
    void refresh();

Q_SIGNALS:
    void textChanged();

private:
    const VaultSession &m_session;
    Settings &m_settings;
    const CodeClock &m_clock;
    QString m_text;
};

} // namespace twofold
