// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QList>
#include <QStringList>

namespace twofold {

class VaultStore;

// Conflict copies a folder sync tool left beside the vault (ConflictCopies), taken into the open vault:
// a copy that opens with the vault's key is merged into memory; once the vault file on disk holds all of
// it (after the next verified save), it moves into the backup folder, so nothing is deleted unread. A copy
// that does not open (another password's) stays where it is.
class ConflictMerge
{
public:
    struct Unopened
    {
        QString path;
        Error error;
    };
    struct Result
    {
        QStringList merged; // copies merged into memory; archive() moves them once saved
        QList<Unopened> unopened;
    };

    // Merges every copy beside the unlocked store's vault that opens with its key; the store has unsaved
    // changes when a copy brought something new. Error: VaultLocked.
    [[nodiscard]] static Expected<Result> mergeInto(VaultStore &store);
    // Moves each of `copies` whose accounts, deletions and counters the vault file on disk already holds
    // into the store's backup folder (a copy already there keeps both, numbered); returns the new paths.
    // A copy the vault does not hold yet, or that is gone, is skipped. Error: VaultLocked, or the vault
    // file's error when it does not open.
    [[nodiscard]] static Expected<QStringList> archive(const VaultStore &store, const QStringList &copies);
};

} // namespace twofold
