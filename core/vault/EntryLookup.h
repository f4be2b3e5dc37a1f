// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "uri/OtpAuthUri.h"
#include "vault/VaultEntry.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace twofold {

// What a vault's entries answer without keys or edits: the usable accounts, the entries that need
// attention, and whether an account is already there. Pure functions; thread-safe.
class EntryLookup
{
public:
    // Valid accounts, in stored order.
    static QList<Account> accounts(const QList<VaultEntry> &entries);
    // The problems of entries kept but not usable (failed validation on load), in stored order.
    static QList<Error> problems(const QList<VaultEntry> &entries);
    // The uuid of a valid account with the same secret (compared in constant time) and type as `uri`.
    static std::optional<QUuid> duplicateOf(const QList<VaultEntry> &entries, const OtpAuthUri &uri);
};

} // namespace twofold
