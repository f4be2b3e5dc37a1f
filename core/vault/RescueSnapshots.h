// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultContents.h"
#include "vault/VaultSaveJob.h"

#include <QList>
#include <QStringList>

namespace twofold {

// When a save fails after the vault was locked (or at quit), its snapshot must not vanish: it is written
// beside the vault as "<name>.unsaved-<time>.twofold", a complete vault with the same keys, and merged back
// the next time the vault is unlocked.
class RescueSnapshots
{
public:
    // Writes the job's snapshot (verified). Returns its path. Error: VaultLocked for a job without keys,
    // storage errors.
    [[nodiscard]] static Expected<QString> write(const VaultSaveJob &job);

    struct Found
    {
        QList<VaultContents> contents; // of the snapshots that open with the key
        QStringList opened;            // their paths, in the same order
        QStringList unopened;          // snapshots that do not open with the key (another password's)
    };
    // The vault's rescued snapshots, opened with its data key.
    static Found find(const QString &vaultPath, const SecureBytes &dataKey);
};

} // namespace twofold
