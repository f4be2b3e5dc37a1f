// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "storage/FileSystemOps.h"
#include "vault/VaultContents.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace twofold {

// A vault's rotating backups: where they go and how many are kept, listing them (only this vault's, as
// several vaults may share a directory), writing a verified one and pruning the oldest, and putting one
// back in place of a damaged vault. Backups are complete vault files named "<name>-<time>.twofold".
class VaultBackups
{
public:
    // `directory` empty: "backups" beside the vault. `generations` 0 or less: no backups are written.
    VaultBackups(QString vaultPath, QString directory, int generations);

    const QString &directory() const { return m_directory; }
    int generations() const { return m_generations; }
    // Newest first.
    QStringList list() const;
    // The time of the newest backup; invalid when there is none.
    QDateTime newestTime() const;

    // Writes `bytes` (the vault just saved, holding `contents`) as a verified backup made at `now`, then
    // removes the oldest beyond the generations kept. Returns the problem, if any: the save itself stands.
    [[nodiscard]] std::optional<Error> write(const QByteArray &bytes, const VaultContents &contents,
                                             const SecureBytes &dataKey, const QDateTime &now,
                                             FileSystemOps &fileSystem = FileSystemOps::real()) const;

    // Replaces the vault with a backup that parses as a vault; the damaged file is kept beside it as
    // "<name>.damaged-<time>". Errors: the backup's read and parse errors (nothing is touched), IoError
    // when the damaged file cannot be moved aside, storage errors of the write.
    [[nodiscard]] Expected<void> restore(const QString &backupPath, const QDateTime &now) const;

private:
    QString m_vaultPath;
    QString m_directory;
    int m_generations;
};

} // namespace twofold
