// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultWriter.h"

#include "crypto/ConstantTime.h"
#include "storage/AtomicFile.h"
#include "vault/VaultOpener.h"

namespace twofold {

bool VaultWriter::sameEntries(const VaultContents &a, const VaultContents &b)
{
    if (a.entries.size() != b.entries.size() || a.deleted != b.deleted)
        return false;
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const VaultEntry &x = a.entries.at(i);
        const VaultEntry &y = b.entries.at(i);
        if (x.account != y.account || !ConstantTime::equal(x.secret, y.secret) ||
            (!x.account && x.storedMetadata != y.storedMetadata))
            return false;
    }
    return true;
}

Expected<void> VaultWriter::write(const QString &path, const QByteArray &bytes, const VaultContents &contents,
                                  const SecureBytes &dataKey, FileSystemOps &fileSystem)
{
    const auto verify = [&](const QString &tempPath) -> Expected<void> {
        QByteArray written;
        const auto file = VaultOpener::parse(tempPath, &written);
        if (!file || written != bytes)
            return fail(ErrorCode::VerifyFailed, path);
        const auto reread = file->decrypt(dataKey);
        if (!reread || !sameEntries(*reread, contents))
            return fail(ErrorCode::VerifyFailed, path);
        return {};
    };
    return AtomicFile::write(path, bytes, verify, fileSystem);
}

} // namespace twofold
