// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultContents.h"
#include "vault/VaultKeys.h"
#include "vault/VaultStoreOptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace twofold {

struct VaultSaveResult
{
    VaultContents written; // what is now on disk (ours merged with another writer's changes)
    bool merged = false;   // another writer's changes were merged in
    QByteArray diskDigest;
    std::optional<Error> warning; // saved, but: a backup failed, or durability is unconfirmed
};

// The save pipeline over a self-contained snapshot of a vault: lock file → merge with changes another writer
// made on disk → atomic, verified write → rollback record → rotating, verified backup. run() is thread-safe
// and blocking; VaultStore::prepareSave() makes one and VaultStore::finishSave() applies its result.
class VaultSaveJob
{
public:
    struct Snapshot
    {
        QString path;
        VaultStoreOptions options;
        VaultKeys keys;
        VaultContents contents;
        QByteArray diskDigest; // of the file as last read or written
        SecureBytes diskKey;   // the key of the file currently on disk
        quint64 generation = 0;
    };

    VaultSaveJob() = default;
    explicit VaultSaveJob(Snapshot snapshot);

    [[nodiscard]] Expected<VaultSaveResult> run() const;

    const Snapshot &snapshot() const { return m_snapshot; }

private:
    Expected<void> mergeChangesOnDisk(VaultContents &contents, bool &merged) const;

    Snapshot m_snapshot;
};

} // namespace twofold
