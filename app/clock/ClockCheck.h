// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/DesktopTimeSync.h"
#include "clock/SntpError.h"

#include <QObject>
#include <QtQmlIntegration>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace twofold {

class VaultController;

// Settings → "Check the clock" and the main window's clock warning: asks the time server the user chose
// (SNTP, on a worker thread), reports the offset or why the reply was refused, shows whether the desktop
// says its clock is synchronised, and sets the vault's time correction through VaultController.
class ClockCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString server READ server WRITE setServer NOTIFY serverChanged)
    Q_PROPERTY(QStringList suggestions READ suggestions CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY resultChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY resultChanged)
    Q_PROPERTY(QString warning READ warning NOTIFY resultChanged)
    Q_PROPERTY(int suggestedCorrection READ suggestedCorrection NOTIFY resultChanged)
    Q_PROPERTY(QString desktopSync READ desktopSync NOTIFY desktopSyncChanged)

public:
    static constexpr qint64 toleranceUs = 10'000'000;

    ClockCheck(VaultController &controller, const QDBusConnection &bus, QObject *parent = nullptr);
    // QML's instance: the window's VaultController and the system bus.
    static ClockCheck *create(QQmlEngine *engine, QJSEngine *);

    QString server() const;
    void setServer(const QString &server);
    QStringList suggestions() const;
    bool busy() const { return m_busy; }
    // The last check's outcome: the offset in a sentence, or why there is none ("" before any check).
    QString result() const;
    bool failed() const { return m_error.has_value(); }
    // Set while the codes' time (this computer's clock plus the vault's correction) is more than 10 s off
    // the last server reading.
    QString warning() const;
    // The correction that would make the codes' time match the last reading, in whole seconds.
    int suggestedCorrection() const;
    QString desktopSync() const;

    // Remembers `server` as the chosen one and asks it.
    Q_INVOKABLE void check(const QString &server);
    // Returns an empty string or a sentence for the user.
    Q_INVOKABLE QString setCorrection(int seconds);

Q_SIGNALS:
    void serverChanged();
    void resultChanged();
    void desktopSyncChanged();

private:
    VaultController &m_controller;
    DesktopTimeSync m_desktopSync;
    bool m_busy = false;
    QString m_checkedServer;
    std::optional<qint64> m_offsetUs;
    std::optional<SntpError> m_error;
};

} // namespace twofold
