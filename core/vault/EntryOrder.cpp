// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/EntryOrder.h"

#include <QHash>

#include <algorithm>

namespace twofold {

Expected<void> EntryOrder::apply(QList<VaultEntry> &entries, const QList<QUuid> &order)
{
    QHash<QUuid, qsizetype> indexes;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (const auto &account = entries.at(i).account)
            indexes.insert(account->uuid, i);
    QList<qsizetype> places;
    for (const QUuid &uuid : order) {
        const auto found = indexes.constFind(uuid);
        if (found == indexes.cend())
            return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
        places.append(*found);
        indexes.erase(found); // a uuid listed twice is not found the second time
    }
    QList<VaultEntry> moved;
    for (const qsizetype index : places)
        moved.append(entries.at(index));
    std::ranges::sort(places);
    for (qsizetype i = 0; i < places.size(); ++i)
        entries[places.at(i)] = std::move(moved[i]);
    return {};
}

} // namespace twofold
