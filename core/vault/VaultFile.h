// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/RandomSource.h"
#include "vault/VaultContents.h"
#include "vault/VaultKeys.h"

#include <QByteArray>
#include <QJsonObject>

namespace twofold {

// The on-disk vault format (docs/vault-format.md): a versioned text envelope — magic line, header JSON,
// base64 AES-256-GCM payload, SHA-256 checksum line. parse() needs no password and tells a damaged or
// newer file apart before any KDF runs; unlock() tries the password slots; decrypt() opens the payload.
// Pure functions over bytes: no I/O, thread-safe.
class VaultFile
{
public:
    static constexpr int formatMajor = 1;
    // 1.1 authenticates the magic and header lines as GCM associated data; 1.0 files still open and are
    // written back as 1.1.
    static constexpr int formatMinor = 1;
    static constexpr qsizetype maxFileSize = 64 * 1024 * 1024;

    // Errors: VaultNotAVault (no magic), VaultNewerVersion (major > formatMajor), VaultDamaged (checksum,
    // header), KdfParametersOutOfRange (a slot asks for an absurd cost; checked before any allocation).
    [[nodiscard]] static Expected<VaultFile> parse(QByteArrayView bytes);

    // Serialises `contents` under `keys` as the current version (formatMinor), with a fresh random payload
    // nonce. The generation is written as `contents.generation`: the caller counts saves.
    [[nodiscard]] static Expected<QByteArray> write(const VaultContents &contents, const VaultKeys &keys,
                                                    RandomSource &random);

    // Runs the KDF of each password slot (slow: call off the GUI thread). Error: VaultWrongPassword.
    [[nodiscard]] Expected<VaultKeys> unlock(const SecureBytes &password) const;
    // Opens the keyring slot with the key stored in the desktop keyring. Errors: VaultNoKeyringSlot,
    // VaultWrongPassword (the stored key does not open it).
    [[nodiscard]] Expected<VaultKeys> unlockWithKeyring(const SecureBytes &slotKey) const;
    // Error: VaultDamaged ("payload" when authentication fails, "structure" for a bad layout).
    [[nodiscard]] Expected<VaultContents> decrypt(const SecureBytes &dataKey) const;

    const QList<VaultSlot> &unlockSlots() const { return m_slots; }
    int minorVersion() const { return m_minor; }
    QString keyringId() const;

private:
    VaultFile() = default;

    int m_minor = 0;
    QByteArray m_header; // the magic and header lines as read: associated data, and digested in the payload
    QByteArray m_payloadNonce;
    QByteArray m_payload;
    QList<VaultSlot> m_slots;
};

} // namespace twofold
