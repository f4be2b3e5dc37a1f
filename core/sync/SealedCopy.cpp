// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SealedCopy.h"

#include "crypto/Digest.h"
#include "vault/VaultOpener.h"

namespace twofold {

Expected<SealedCopy::Opened> SealedCopy::open(const QString &path, const VaultKeys &keys)
{
    return VaultOpener::read(path).and_then([&](const QByteArray &bytes) { return openBytes(bytes, keys); });
}

Expected<std::optional<SealedCopy::Opened>>
SealedCopy::openIfChanged(const QString &path, const VaultKeys &keys, const QList<QByteArray> &known)
{
    const auto bytes = VaultOpener::read(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (known.contains(Digest::sha256(*bytes)))
        return std::nullopt;
    return openBytes(*bytes, keys).transform([](Opened opened) { return std::optional(std::move(opened)); });
}

Expected<SealedCopy::Opened> SealedCopy::openBytes(const QByteArray &bytes, const VaultKeys &keys)
{
    auto opened =
        VaultOpener::openBytes(bytes, [&](const VaultFile &) -> Expected<VaultKeys> { return keys; });
    // Parsing checked the file's checksum, so a payload that does not open was sealed under another key.
    if (!opened && opened.error() == Error{ErrorCode::VaultDamaged, QStringLiteral("payload")})
        return fail(ErrorCode::VaultWrongPassword);
    if (!opened)
        return std::unexpected(opened.error());
    return Opened{std::move(opened->contents), std::move(opened->diskDigest)};
}

} // namespace twofold
