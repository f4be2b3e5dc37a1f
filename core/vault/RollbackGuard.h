// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>

#include <optional>

namespace twofold {

// Notices a vault file that is older than one already seen on this computer: a backup put back, a sync
// tool or an attacker replacing the file with an earlier copy (which could revive a deleted account or an
// used HOTP code). Every save raises the vault's generation (VaultContents::generation); this remembers the
// newest generation seen per vault path in a small state file outside the vault (0600, in a 0700
// directory; paths and numbers only, no secrets). Thread-safe; file I/O is small but blocking.
class RollbackGuard
{
public:
    struct Rollback
    {
        quint64 seen = 0;  // the newest generation seen here before
        quint64 found = 0; // the older generation just opened

        bool operator==(const Rollback &) const = default;
    };

    // `stateFile` holds the record; created (with its directory) on the first write.
    explicit RollbackGuard(QString stateFile);

    // $XDG_STATE_HOME/twofold/generations.json (~/.local/state/twofold/generations.json).
    static QString defaultStateFile();
    // The guard over defaultStateFile(), for the app and the CLI.
    static RollbackGuard &system();

    // After opening a vault: the rollback when `generation` is below the newest seen for `vaultPath`,
    // else nullopt. Either way `generation` is remembered as the newest, so a rollback is reported once.
    std::optional<Rollback> check(const QString &vaultPath, quint64 generation);
    // After a save: raises the record to `generation` (never lowers it).
    void record(const QString &vaultPath, quint64 generation);
    // After the user restored a backup on purpose: the next check() accepts whatever it finds.
    void forget(const QString &vaultPath);

    // The record for `vaultPath`, 0 when none (tests).
    quint64 seen(const QString &vaultPath) const;

private:
    enum class Mode
    {
        Set,
        Raise,
        Remove
    };
    // Reads, changes and writes the record under the lock; returns the generation recorded before.
    quint64 update(const QString &vaultPath, quint64 generation, Mode mode);

    QString m_stateFile;
    mutable QMutex m_mutex;
};

} // namespace twofold
