// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>

namespace twofold {

// One writer at a time: an exclusive flock() on an empty 0600 lock file beside the vault. Not QLockFile:
// that writes the PID into the file, which fails on a full disk — exactly when a clear "disk full" matters
// — and leaves stale files after a crash; flock needs no data and ends with the process.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Waits up to `timeoutMs` for the lock. Errors: VaultBusy (another process holds it), and
    // DiskFull/PermissionDenied/IoError when the lock file cannot be opened.
    [[nodiscard]] Expected<void> lock(const QString &path, int timeoutMs);

private:
    int m_fd = -1;
};

} // namespace twofold
