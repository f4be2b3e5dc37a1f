// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twofold {

// The copies a folder sync tool leaves beside a file that two devices changed at once:
// Syncthing's "NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT" (DEVICE: the first 7 characters of the
// device ID that made the losing change), Nextcloud's "NAME (conflicted copy [USER ]YYYY-MM-DD HHMMSS).EXT"
// and Dropbox's "NAME (WHO's conflicted copy YYYY-MM-DD[ (N)]).EXT".
class ConflictCopies
{
public:
    // Whether `fileName` (no directory) is such a copy of the vault at `vaultPath`.
    static bool isCopyOf(const QString &fileName, const QString &vaultPath);
    // The copies beside the vault, as absolute paths in name order.
    static QStringList find(const QString &vaultPath);
};

} // namespace twofold
