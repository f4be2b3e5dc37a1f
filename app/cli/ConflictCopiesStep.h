// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace twofold {

class VaultStore;

// Right after a vault command unlocks the vault: conflict copies a sync tool left beside it that open
// with its key are merged, the vault is saved (verified) and the copies move into the backup folder; one
// stderr line says so. A copy that does not open is named on stderr and left where it is.
class ConflictCopiesStep
{
    Q_DECLARE_TR_FUNCTIONS(ConflictCopiesStep)

public:
    // Returns the exit code: ExitOk, or the failed save's (the copies then stay beside the vault).
    static int run(VaultStore &store, QTextStream &err);
};

} // namespace twofold
