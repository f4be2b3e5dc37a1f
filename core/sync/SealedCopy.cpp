// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SealedCopy.h"

#include "crypto/Digest.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"

namespace twofold {

Expected<SealedCopy::Opened> SealedCopy::open(const QString &path, const SecureBytes &dataKey)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    if (!bytes)
        return std::unexpected(bytes.error());
    const auto file = VaultFile::parse(*bytes);
    if (!file)
        return std::unexpected(file.error());
    auto contents = file->decrypt(dataKey);
    // parse() checked the file's checksum, so a payload that does not open was sealed under another key.
    if (!contents && contents.error() == Error{ErrorCode::VaultDamaged, QStringLiteral("payload")})
        return fail(ErrorCode::VaultWrongPassword);
    if (!contents)
        return std::unexpected(contents.error());
    return Opened{std::move(*contents), Digest::sha256(*bytes)};
}

} // namespace twofold
