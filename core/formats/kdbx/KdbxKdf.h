// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace twofold {

class KdbxVariantMap;

// A KeePass database's key derivation (AES-KDF, Argon2d or Argon2id) with its costs, checked against
// KdfBudget when it is read, so that a file asking too much is refused before any work.
class KdbxKdf
{
public:
    enum class Algorithm
    {
        AesKdf,
        Argon2d,
        Argon2id
    };

    // KDBX 4's parameters ($UUID, then S/R or S/P/M/I/V/K/A). Errors: ImportDamaged ("kdf parameters"),
    // ImportUnsupported (an unknown KDF), ImportKdfTooCostly.
    [[nodiscard]] static Expected<KdbxKdf> fromParameters(const KdbxVariantMap &map);
    // KDBX 3.1's transform seed (S) and rounds (R). Same errors.
    [[nodiscard]] static Expected<KdbxKdf> aesKdf3(const KdbxVariantMap &map);

    Algorithm algorithm() const { return m_algorithm; }
    // Units of KdfBudget.
    quint64 work() const;

    // The 32-byte transformed key from the composite key. Errors: KdfFailed, CryptoProviderMissing.
    [[nodiscard]] Expected<SecureBytes> derive(const SecureBytes &compositeKey) const;

private:
    [[nodiscard]] Expected<KdbxKdf> checked() const;

    Algorithm m_algorithm = Algorithm::AesKdf;
    QByteArray m_seed; // AES-KDF seed or Argon2 salt
    quint64 m_rounds = 0;
    quint64 m_memoryBytes = 0;
    quint32 m_lanes = 0;
    quint32 m_version = 0;
    QByteArray m_secret;
    QByteArray m_associatedData;
};

} // namespace twofold
