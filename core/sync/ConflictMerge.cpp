// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictMerge.h"

#include "storage/AtomicFile.h"
#include "sync/ConflictCopies.h"
#include "sync/SealedCopy.h"
#include "vault/VaultStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace twofold {

namespace {
// A free name in `directory` for `fileName`: the name itself, else "NAME-2.EXT", "NAME-3.EXT", …
QString freeName(const QDir &directory, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2; directory.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    return directory.filePath(candidate);
}
} // namespace

Expected<ConflictMerge::Result> ConflictMerge::mergeInto(VaultStore &store)
{
    const auto keys = store.keys();
    if (!keys)
        return fail(ErrorCode::VaultLocked);
    Result result;
    for (const QString &path : ConflictCopies::find(store.path())) {
        const auto copy = SealedCopy::open(path, *keys);
        if (!copy) {
            result.unopened.append({path, copy.error()});
            continue;
        }
        if (const auto merged = store.mergeFrom(copy->contents, false); !merged)
            return std::unexpected(merged.error());
        result.merged << path;
    }
    return result;
}

Expected<QStringList> ConflictMerge::archive(const VaultStore &store, const QStringList &copies)
{
    const auto keys = store.keys();
    if (!keys)
        return fail(ErrorCode::VaultLocked);
    const auto vault = SealedCopy::open(store.path(), *keys);
    if (!vault)
        return std::unexpected(vault.error());
    QStringList moved;
    for (const QString &path : copies) {
        const auto copy = SealedCopy::open(path, *keys);
        if (!copy)
            continue;
        // What the file on disk holds, in a store of its own: merging the copy into it changes nothing
        // exactly when the file already has everything the copy has.
        VaultStore onDisk(store.path());
        onDisk.adopt({*keys, vault->contents, vault->digest});
        const auto adds = onDisk.mergeFrom(copy->contents, false);
        if (!adds || *adds)
            continue;
        if (auto directory = AtomicFile::ensureDirectory(store.backupDirectory()); !directory)
            return std::unexpected(directory.error());
        const QString target = freeName(QDir(store.backupDirectory()), QFileInfo(path).fileName());
        if (!QFile::rename(path, target))
            return fail(ErrorCode::IoError, path);
        moved << target;
    }
    return moved;
}

} // namespace twofold
