// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultSaveJob.h"

#include "crypto/Digest.h"
#include "storage/AtomicFile.h"
#include "storage/FileLock.h"
#include "vault/VaultBackups.h"
#include "vault/VaultFile.h"
#include "vault/VaultMerge.h"
#include "vault/VaultOpener.h"
#include "vault/VaultWriter.h"

#include <QFileInfo>

namespace twofold {

namespace {
constexpr int lockTimeoutMs = 5000;
}

VaultSaveJob::VaultSaveJob(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{}

Expected<void> VaultSaveJob::mergeChangesOnDisk(VaultContents &contents, bool &merged) const
{
    const auto bytes = VaultOpener::read(m_snapshot.path);
    if (!bytes) {
        // Gone (first save, or removed by hand): there is nothing to merge with.
        if (bytes.error().code == ErrorCode::VaultNotFound)
            return {};
        return std::unexpected(bytes.error());
    }
    if (Digest::sha256(*bytes) == m_snapshot.diskDigest)
        return {};
    const auto file = VaultFile::parse(*bytes);
    if (!file)
        return std::unexpected(file.error());
    // After a password change the file on disk still uses the old key, unless our own save renamed it
    // into place and only the directory sync failed; try both before concluding another writer re-keyed.
    auto theirs = file->decrypt(m_snapshot.diskKey);
    if (!theirs)
        theirs = file->decrypt(m_snapshot.keys.dataKey);
    if (!theirs)
        return fail(ErrorCode::VaultChangedOnDisk);
    contents = VaultMerge::merge(contents, *theirs);
    merged = true;
    return {};
}

Expected<VaultSaveResult> VaultSaveJob::run() const
{
    const Snapshot &s = m_snapshot;
    if (s.keys.dataKey.isEmpty())
        return fail(ErrorCode::VaultLocked);
    if (auto directory = AtomicFile::ensureDirectory(QFileInfo(s.path).absolutePath()); !directory)
        return std::unexpected(directory.error());

    FileLock lock;
    if (auto locked = lock.lock(s.path + QStringLiteral(".lock"), lockTimeoutMs); !locked)
        return std::unexpected(locked.error());

    VaultSaveResult result;
    result.written = s.contents;
    if (auto merged = mergeChangesOnDisk(result.written, result.merged); !merged)
        return std::unexpected(merged.error());
    ++result.written.generation;
    const auto bytes = VaultFile::write(result.written, s.keys, *s.options.random);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (auto written =
            VaultWriter::write(s.path, *bytes, result.written, s.keys.dataKey, *s.options.fileSystem);
        !written) {
        if (written.error().code != ErrorCode::SavedNotDurable)
            return std::unexpected(written.error());
        result.warning = written.error(); // in place and verified; only the directory sync failed
    }
    result.diskDigest = Digest::sha256(*bytes);
    if (s.options.rollback) // under the vault's lock, so two writers record in the order they wrote
        s.options.rollback->record(s.path, result.written.generation);
    const VaultBackups backups(s.path, s.options.backupDirectory, s.options.backupGenerations);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(s.options.clock->currentMSecs(), QTimeZone::UTC);
    if (auto backupProblem =
            backups.write(*bytes, result.written, s.keys.dataKey, now, *s.options.fileSystem);
        !result.warning)
        result.warning = std::move(backupProblem);
    return result;
}

} // namespace twofold
