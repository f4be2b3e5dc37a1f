// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/RandomSource.h"
#include "crypto/SecureBytes.h"
#include "transfer/ExportAccount.h"

#include <QList>

namespace twofold {

// Writes an Aegis vault file that Aegis on Android imports: file version 1, content
// version 3 (the current one: a top-level `groups` list, entries naming group uuids), one group per
// distinct tag. Encrypted like Aegis itself: a random 256-bit master key seals the content with
// AES-256-GCM (no associated data; nonce and tag hex in header.params, ciphertext base64 in `db`), and one
// password slot wraps that key under scrypt(N=2^15, r=8, p=1) with a fresh 32-byte salt.
class AegisExporter
{
public:
    static constexpr int contentVersion = 3;
    static constexpr quint64 scryptN = 1u << 15;
    static constexpr quint32 scryptR = 8;
    static constexpr quint32 scryptP = 1;
    static constexpr int saltSize = 32;

    // An empty `password` writes a plain file, whose bytes then contain the secrets. Slow when encrypting
    // (scrypt): call it off the GUI thread. Errors: KdfFailed, CryptoProviderMissing.
    [[nodiscard]] static Expected<QByteArray> write(const QList<ExportAccount> &accounts,
                                                    const SecureBytes &password,
                                                    RandomSource &random = RandomSource::system());
};

} // namespace twofold
