// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultContents.h"
#include "vault/VaultKeys.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace twofold {

// A vault file (the vault itself as another device left it, or a conflict copy of it) opened with the
// keys already in memory: no key derivation, so it is cheap enough to run on every change a watcher sees.
class SealedCopy
{
public:
    struct Opened
    {
        VaultContents contents;
        QByteArray digest; // SHA-256 of the file's bytes
    };

    // Errors: VaultNotFound and other storage errors, VaultNotAVault, VaultNewerVersion, VaultDamaged,
    // VaultWrongPassword when the file is intact but another key sealed it.
    [[nodiscard]] static Expected<Opened> open(const QString &path, const VaultKeys &keys);
    // The same, except that a file whose digest is one of `known` (our own last save, a version already
    // taken in) is only read and hashed, not decrypted: nullopt then. Thread-safe.
    [[nodiscard]] static Expected<std::optional<Opened>>
    openIfChanged(const QString &path, const VaultKeys &keys, const QList<QByteArray> &known);

private:
    [[nodiscard]] static Expected<Opened> openBytes(const QByteArray &bytes, const VaultKeys &keys);
};

} // namespace twofold
