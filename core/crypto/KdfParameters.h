// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>

namespace twofold {

// A password-based key derivation and its cost, as stored in a file (ours or an importer's).
// Costs read from a file are bounded by validate() before any memory is allocated.
struct KdfParameters
{
    enum class Algorithm
    {
        Argon2id,
        Scrypt,
        Pbkdf2Sha256
    };

    Algorithm algorithm = Algorithm::Argon2id;
    QByteArray salt;
    quint32 iterations = 3;     // Argon2 passes, PBKDF2 iterations
    quint32 memoryKiB = 65536;  // Argon2 memory
    quint32 lanes = 4;          // Argon2 parallelism
    quint64 scryptN = 1u << 15; // scrypt cost
    quint32 scryptR = 8;        //
    quint32 scryptP = 1;        //

    // Bounds: Argon2 memory 8 MiB–1 GiB, iterations 1–64, lanes 1–16; scrypt N a power of two ≤ 2^20,
    // r, p ≤ 64, memory 128·N·r ≤ 1 GiB, N·r·p ≤ 2^24; PBKDF2 1–10^7 iterations; salt 1–256 bytes. Error:
    // KdfParametersOutOfRange (detail: which).
    [[nodiscard]] Expected<void> validate() const;

    // The defaults for new vaults: Argon2id, 64 MiB, 3 passes, 4 lanes, and the given 16-byte salt.
    static KdfParameters defaultArgon2id(QByteArray salt);
};

} // namespace twofold
