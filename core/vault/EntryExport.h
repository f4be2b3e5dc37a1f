// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ExportAccount.h"
#include "vault/VaultEntry.h"

#include <QList>

namespace twofold {

// A vault's entries as exporters and backup checks take them: the valid accounts with their secrets.
class EntryExport
{
public:
    // Entries that need attention are left out; the order is kept.
    static QList<ExportAccount> of(const QList<VaultEntry> &entries);
};

} // namespace twofold
