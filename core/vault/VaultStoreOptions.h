// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/RandomSource.h"
#include "storage/FileSystemOps.h"
#include "time/Clock.h"
#include "vault/RollbackGuard.h"

#include <QString>

namespace twofold {

// What a VaultStore and its saves depend on: the backup policy and the outside world, replaceable in tests.
struct VaultStoreOptions
{
    int backupGenerations = 10;
    QString backupDirectory; // empty: "backups" beside the vault
    RandomSource *random = &RandomSource::system();
    FileSystemOps *fileSystem = &FileSystemOps::real();
    const Clock *clock = &Clock::system();
    RollbackGuard *rollback = nullptr; // none: no rollback check (tests, other tools)
};

} // namespace twofold
