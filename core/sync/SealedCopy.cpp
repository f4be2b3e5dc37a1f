// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SealedCopy.h"

#include "vault/VaultStore.h"

namespace twofold {

Expected<SealedCopy::Opened> SealedCopy::open(const QString &path, const VaultKeys &keys)
{
    auto opened = VaultStore::read(path, [&](const VaultFile &) -> Expected<VaultKeys> { return keys; });
    // read() checked the file's checksum, so a payload that does not open was sealed under another key.
    if (!opened && opened.error() == Error{ErrorCode::VaultDamaged, QStringLiteral("payload")})
        return fail(ErrorCode::VaultWrongPassword);
    if (!opened)
        return std::unexpected(opened.error());
    return Opened{std::move(opened->contents), std::move(opened->diskDigest)};
}

} // namespace twofold
