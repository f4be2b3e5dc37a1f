#include "vault/VaultMerge.h"

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

bool deletedAfter(const QList<Tombstone> &tombstones, const Account &account)
{
    const QDateTime deleted = deletedAt(tombstones, account.uuid);
    return deleted.isValid() && deleted >= account.modified;
}
} // namespace

VaultContents VaultMerge::merge(const VaultContents &ours, const VaultContents &theirs)
{
    VaultContents result;
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
        const VaultEntry &newer =
            other >= 0 && theirs.entries.at(other).account->modified > entry.account->modified
                ? theirs.entries.at(other)
                : entry;
        if (!deletedAfter(result.deleted, *newer.account))
            result.entries.append(newer);
    }
    for (const VaultEntry &entry : theirs.entries) {
        if (!entry.account) {
            const bool known = std::ranges::any_of(result.entries, [&](const VaultEntry &mine) {
                return !mine.account && mine.storedMetadata == entry.storedMetadata &&
                       mine.secret == entry.secret;
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
