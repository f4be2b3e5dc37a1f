// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "storage/FileSystemOps.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace twofold {

// Replaces a file so that, whatever happens (full disk, I/O error, power loss, SIGKILL), the path holds
// either the old bytes or the complete new ones: temp file (0600) in the same directory → write → fsync →
// verify → rename → fsync the directory. QSaveFile neither reports fsync errors nor syncs the directory.
// Blocking; call off the GUI thread.
class AtomicFile
{
public:
    // Called with the fsynced temp file's path before it replaces the target; an error aborts the save.
    using Verifier = std::function<Expected<void>(const QString &tempPath)>;

    // Errors: DiskFull, PermissionDenied, IoError (detail: path and system message), or the verifier's;
    // on these the target is untouched and the temp file removed. SavedNotDurable: the new file is in
    // place but the directory sync failed. A symlink is followed: its target is replaced.
    [[nodiscard]] static Expected<void> write(const QString &path, QByteArrayView bytes,
                                              const Verifier &verify = {},
                                              FileSystemOps &ops = FileSystemOps::real());

    // Makes `path` a directory; a newly created one gets mode 0700 whatever the umask.
    [[nodiscard]] static Expected<void> ensureDirectory(const QString &path);

    // Reads a whole file of at most `maxSize` bytes. Errors: VaultNotFound, PermissionDenied, IoError,
    // VaultDamaged ("size") when larger.
    [[nodiscard]] static Expected<QByteArray> read(const QString &path, qsizetype maxSize);

    // Maps errno to the matching ErrorCode, with the path and system message as detail.
    static Error errorFromErrno(int error, const QString &path);
};

} // namespace twofold
