// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultMerge.h"

#include "crypto/ConstantTime.h"

namespace twofold {

namespace {
QDateTime deletedAt(const QList<Tombstone> &tombstones, const QUuid &uuid)
{
    QDateTime latest;
    for (const Tombstone &tombstone : tombstones)
        if (tombstone.uuid == uuid && (!latest.isValid() || tombstone.deleted > latest))
            latest = tombstone.deleted;
    return latest;
}

// The newer edit wins, but what only grows is never lost: usage statistics, and a HOTP counter (going
// back would offer an already used code again).
VaultEntry combined(const VaultEntry &newer, const VaultEntry &older)
{
    VaultEntry result = newer;
    Account &account = *result.account;
    const Account &other = *older.account;
    account.usageCount = std::max(account.usageCount, other.usageCount);
    if (other.lastUsed.isValid() && (!account.lastUsed.isValid() || other.lastUsed > account.lastUsed))
        account.lastUsed = other.lastUsed;
    const OtpParameters &p = account.parameters;
    if (p.type() == OtpType::Hotp && other.parameters.type() == OtpType::Hotp &&
        other.parameters.counter() > p.counter()) {
        if (const auto raised = OtpParameters::create(p.type(), p.algorithm(), p.digits(), p.period(),
                                                      other.parameters.counter()))
            account.parameters = *raised;
    }
    return result;
}

bool deletedAfter(const QList<Tombstone> &tombstones, const Account &account)
{
    const QDateTime deleted = deletedAt(tombstones, account.uuid);
    return deleted.isValid() && deleted >= account.modified;
}
} // namespace

VaultContents VaultMerge::merge(const VaultContents &ours, const VaultContents &theirs)
{
    VaultContents result;
    result.generation = std::max(ours.generation, theirs.generation);
    result.unknownFields = theirs.unknownFields;
    for (auto it = ours.unknownFields.begin(); it != ours.unknownFields.end(); ++it)
        result.unknownFields.insert(it.key(), it.value());

    result.deleted = ours.deleted;
    for (const Tombstone &tombstone : theirs.deleted)
        if (!result.deleted.contains(tombstone))
            result.deleted.append(tombstone);

    for (const VaultEntry &entry : ours.entries) {
        if (!entry.account) {
            result.entries.append(entry);
            continue;
        }
        const qsizetype other = theirs.indexOf(entry.account->uuid);
        VaultEntry merged = entry;
        if (other >= 0) {
            const VaultEntry &their = theirs.entries.at(other);
            merged = their.account->modified > entry.account->modified ? combined(their, entry)
                                                                       : combined(entry, their);
        }
        if (!deletedAfter(result.deleted, *merged.account))
            result.entries.append(std::move(merged));
    }
    for (const VaultEntry &entry : theirs.entries) {
        if (!entry.account) {
            const bool known = std::ranges::any_of(result.entries, [&](const VaultEntry &mine) {
                return !mine.account && mine.storedMetadata == entry.storedMetadata &&
                       ConstantTime::equal(mine.secret, entry.secret);
            });
            if (!known)
                result.entries.append(entry);
            continue;
        }
        if (ours.indexOf(entry.account->uuid) < 0 && !deletedAfter(result.deleted, *entry.account))
            result.entries.append(entry);
    }
    return result;
}

} // namespace twofold
