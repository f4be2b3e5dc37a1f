// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "sync/SealedCopy.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace twofold {

class TaskToken;
class VaultSaver;
class VaultStore;

// Keeps the open vault in step with a folder sync tool (Syncthing, Nextcloud, Dropbox). It watches the
// vault file and its folder: when another device's save replaces the file, the change is merged into
// memory (unsaved edits stay, counters never go back, deletions stay deleted); conflict copies the tool
// left beside the vault are merged and, once a save holds them, moved into the backup folder. Locked,
// there is nothing in memory to update: the next unlock reads the file as it is then.
// The vault file is read and decrypted on the TaskPool, and only when its bytes are neither our own last
// save nor a version already taken in.
class VaultWatcher : public QObject, public QmlInstance<VaultWatcher>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    explicit VaultWatcher(VaultStore &store, QObject *parent = nullptr);
    ~VaultWatcher() override;

    // While `saver` has a save in flight, the file changing is our own doing: look once it has landed.
    void followSaves(const VaultSaver &saver) { m_saver = &saver; }

    // A sentence for the window when a conflict copy or the changed vault file does not open ("" if none).
    QString notice() const { return m_notice; }
    // Looks at once (after unlocking); changes on disk otherwise trigger a look within a second.
    void check();

Q_SIGNALS:
    void noticeChanged();
    // Memory took in changes from disk: the window reloads, and saves when the store has unsaved changes.
    void merged();
    // The vault file was decrypted to take in another writer's save (never for our own saves).
    void vaultFileOpened();
    // Conflict copies whose accounts the saved vault now holds were moved into the backup folder.
    void archived(const QStringList &paths);

private:
    void watch();
    void readVaultFile();
    void takeIn(const Expected<std::optional<SealedCopy::Opened>> &disk);
    bool mergeConflictCopies();
    void showNotices();

    VaultStore &m_store;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a sync tool writes a temporary file, then renames it: look once it is done
    const VaultSaver *m_saver = nullptr;
    std::shared_ptr<TaskToken> m_reading; // the vault file being read on the TaskPool
    QByteArray m_seenDigest;
    QStringList m_pending;  // merged conflict copies waiting for a save that holds them
    QString m_fileNotice;   // the changed vault file does not open
    QString m_copiesNotice; // conflict copies that do not open
    QString m_notice;
};

} // namespace twofold
