// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "vault/VaultStore.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace twofold {

class VaultSession;

// Gets every change of the vault to disk: a burst of edits becomes one save, run on the session's worker
// (each job carries its own snapshot, so the store may be locked meanwhile). A failed save is retried while
// the changes are still in memory, and rescued beside the vault (encrypted) once they are not;
// storageWarning says what happened.
class VaultSaver : public QObject, public QmlInstance<VaultSaver>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString storageWarning READ storageWarning NOTIFY storageWarningChanged)

public:
    explicit VaultSaver(VaultSession &session, QObject *parent = nullptr);
    // Saves what is unsaved and waits for it.
    ~VaultSaver() override;

    QString storageWarning() const { return m_storageWarning; }
    // Whether a save was started and has not reported back yet.
    bool savePending() const { return m_savesInFlight > 0; }

    // Saves soon, together with whatever else changes meanwhile.
    void saveSoon();
    // Starts a save now.
    void saveNow();
    // At quit: saves unsaved changes synchronously (or rescues them beside the vault). Returns false when
    // they could not be kept, with the reason in storageWarning.
    bool saveBeforeQuit();

Q_SIGNALS:
    void storageWarningChanged();
    // A save reached the disk: the file there may have changed (a merge, a keyring slot, a backup).
    void saved();

private:
    void opened(const QStringList &unopened);
    void failed(const VaultStore::SaveJob &job, const Error &error);
    void setStorageWarning(const QString &message);

    VaultSession &m_session;
    VaultStore &m_store;
    QTimer m_timer;
    int m_savesInFlight = 0;
    QString m_storageWarning;
};

} // namespace twofold
