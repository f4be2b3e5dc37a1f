// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultContents.h"
#include "vault/VaultFile.h"
#include "vault/VaultKeys.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace twofold {

// The one way a vault file is opened: read (size-capped) → parse → unlock → decrypt. Every reader of vault
// files (unlocking, merging, verifying a write, rescued snapshots, backups, re-keying, importing another
// Twofold vault) goes through here, so each step's checks and errors are the same everywhere.
// Pure functions over files and bytes: thread-safe; unlocking is slow (KDF).
class VaultOpener
{
public:
    struct Opened
    {
        VaultKeys keys;
        VaultContents contents;
        QByteArray diskDigest; // SHA-256 of the bytes read, to notice another writer later
    };
    // Turns a parsed file into its keys: a password slot, the keyring slot, or a caller's own checks first.
    using Unlocker = std::function<Expected<VaultKeys>(const VaultFile &)>;

    static Unlocker withPassword(const SecureBytes &password);
    static Unlocker withKeyring(const SecureBytes &slotKey);

    // Reads a file of at most VaultFile::maxFileSize bytes. Errors: those of AtomicFile::read.
    [[nodiscard]] static Expected<QByteArray> read(const QString &path);
    // Reads and parses. `bytes`, when given, receives what was read. Errors: those of AtomicFile::read and
    // VaultFile::parse.
    [[nodiscard]] static Expected<VaultFile> parse(const QString &path, QByteArray *bytes = nullptr);
    // Parses bytes and decrypts them with a known data key (no KDF).
    [[nodiscard]] static Expected<VaultContents> decryptBytes(QByteArrayView bytes,
                                                              const SecureBytes &dataKey);
    // Reads, parses and decrypts a file with a known data key (no KDF).
    [[nodiscard]] static Expected<VaultContents> decrypt(const QString &path, const SecureBytes &dataKey);
    // Parses, unlocks and decrypts bytes.
    [[nodiscard]] static Expected<Opened> openBytes(QByteArrayView bytes, const Unlocker &unlockWith);
    // Reads, parses, unlocks and decrypts a file. Errors: VaultNotFound, VaultNotAVault, VaultNewerVersion,
    // VaultDamaged, KdfParametersOutOfRange, VaultWrongPassword, storage errors.
    [[nodiscard]] static Expected<Opened> open(const QString &path, const Unlocker &unlockWith);
    // The first of `paths` (e.g. backups, newest first) that opens; empty when none does.
    static QString firstThatOpens(const QStringList &paths, const Unlocker &unlockWith);
};

} // namespace twofold
