// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultEntry.h"

#include <QList>
#include <QUuid>

namespace twofold {

// The user's manual order of accounts, stored as the order of a vault's entries.
class EntryOrder
{
public:
    // Puts the accounts listed in `order` (all or some) in that order: the listed ones take the places the
    // listed ones had, so anything left out (an entry that needs attention) stays where it is. One pass, so
    // 10,000 accounts reorder at once. Error: AccountNotFound (detail: the uuid) for an unknown or repeated
    // uuid; `entries` is then unchanged.
    [[nodiscard]] static Expected<void> apply(QList<VaultEntry> &entries, const QList<QUuid> &order);
};

} // namespace twofold
