// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <QUuid>

namespace twofold {

// A deleted account's uuid and time, so a merge with an older copy does not bring it back.
struct Tombstone
{
    QUuid uuid;
    QDateTime deleted;

    bool operator==(const Tombstone &) const = default;
};

// Everything inside a vault's encrypted payload.
struct VaultContents
{
    QList<VaultEntry> entries;
    QList<Tombstone> deleted;
    QJsonObject unknownFields; // top-level fields from a newer minor version, written back
    quint64 generation =
        0; // counts saves, never goes down: a rollback to an older file shows (RollbackGuard)

    qsizetype indexOf(const QUuid &uuid) const
    {
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (entries.at(i).account && entries.at(i).account->uuid == uuid)
                return i;
        return -1;
    }
};

} // namespace twofold
