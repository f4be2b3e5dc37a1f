// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/EntryLookup.h"

#include "crypto/ConstantTime.h"

namespace twofold {

QList<Account> EntryLookup::accounts(const QList<VaultEntry> &entries)
{
    QList<Account> result;
    for (const VaultEntry &entry : entries)
        if (entry.account)
            result.append(*entry.account);
    return result;
}

QList<Error> EntryLookup::problems(const QList<VaultEntry> &entries)
{
    QList<Error> result;
    for (const VaultEntry &entry : entries)
        if (entry.problem)
            result.append(*entry.problem);
    return result;
}

std::optional<QUuid> EntryLookup::duplicateOf(const QList<VaultEntry> &entries, const OtpAuthUri &uri)
{
    for (const VaultEntry &entry : entries)
        if (entry.account && ConstantTime::equal(entry.secret, uri.secret()) &&
            entry.account->parameters.type() == uri.parameters().type())
            return entry.account->uuid;
    return std::nullopt;
}

} // namespace twofold
