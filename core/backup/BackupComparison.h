// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ExportAccount.h"
#include "transfer/ImportedAccount.h"

#include <QList>

namespace twofold {

// "Verify a backup": how a backup's accounts differ from the vault's. Accounts are matched by secret and
// type, like duplicates on import, so a renamed account shows as changed rather than missing plus extra.
struct BackupComparison
{
    struct Entry
    {
        QString issuer;
        QString name;
    };

    QList<Entry> missing; // in the vault, not in the backup: what restoring it would lose
    QList<Entry> extra;   // in the backup, no longer in the vault
    QList<Entry> changed; // in both, with a different name, parameters or HOTP counter
    int same = 0;

    bool identical() const { return missing.isEmpty() && extra.isEmpty() && changed.isEmpty(); }

    [[nodiscard]] static BackupComparison compare(const QList<ExportAccount> &vault,
                                                  const QList<ImportedAccount> &backup);
};

} // namespace twofold
