// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupComparison.h"
#include "tasks/AsyncSession.h"
#include "transfer/ExportAccount.h"

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

#include <memory>

namespace twofold {

class AccountSource;

// Exports and backup checks for the window: writes an export (verified before it reports success) or opens
// a backup and compares it with the vault. Encryption, KDFs and file I/O run off the GUI thread; the
// accounts' secrets are copied from the vault in C++ and never reach QML.
class BackupSession : public AsyncSession
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY resultChanged)
    Q_PROPERTY(QStringList differences READ differences NOTIFY resultChanged)

public:
    explicit BackupSession(QObject *parent = nullptr); // of the app's vault (AccountSource::app())
    explicit BackupSession(const AccountSource &vault, QObject *parent = nullptr);

    QString error() const { return m_error; }
    QString result() const { return m_result; }
    bool needsPassword() const { return m_needsPassword; }
    // After a check: one line per account that differs ("Missing from the backup: GitHub (octocat)").
    QStringList differences() const { return m_differences; }

    // `format`: "twofold", "aegis", "aegis-plain", "uris" or "pdf". Plain formats need `plainConfirmed`.
    Q_INVOKABLE void exportTo(const QUrl &file, const QString &format, const QString &password,
                              bool plainConfirmed);
    // Opens `file` (any format Twofold imports, its own backups first of all) and compares it with the vault.
    Q_INVOKABLE void verify(const QUrl &file, const QString &password = {});
    // Clears the result (the dialog closed): an export or check in progress is cancelled, its result dropped;
    // an export cancelled before its file is written writes nothing.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void resultChanged();
    void exported(const QString &message);

private:
    void finish(const QString &error, const QString &result = {});
    void showComparison(const BackupComparison &comparison);
    const AccountSource &source() const;

    const AccountSource *m_vault = nullptr;
    QString m_error;
    QString m_result;
    bool m_needsPassword = false;
    QStringList m_differences;
};

} // namespace twofold
