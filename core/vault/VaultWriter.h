// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "storage/FileSystemOps.h"
#include "vault/VaultContents.h"

#include <QByteArray>
#include <QString>

namespace twofold {

// The verified write every vault file (the vault, a backup, a rescued snapshot, a re-keyed backup) gets:
// atomic replace, and before the rename the written temp file is read back, decrypted and compared with
// what was meant to be written. Blocking; thread-safe.
class VaultWriter
{
public:
    // Errors: VerifyFailed (detail: path), the storage errors of AtomicFile::write; SavedNotDurable when the
    // file is in place and verified but the directory sync failed.
    [[nodiscard]] static Expected<void> write(const QString &path, const QByteArray &bytes,
                                              const VaultContents &contents, const SecureBytes &dataKey,
                                              FileSystemOps &fileSystem = FileSystemOps::real());
    // Whether two contents hold the same entries and tombstones (secrets compared in constant time).
    static bool sameEntries(const VaultContents &a, const VaultContents &b);
};

} // namespace twofold
