// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KdfParameters.h"

#include <QString>

namespace twofold {

Expected<void> KdfParameters::validate() const
{
    const auto outOfRange = [](const char *what) {
        return fail(ErrorCode::KdfParametersOutOfRange, QString::fromLatin1(what));
    };
    if (salt.isEmpty() || salt.size() > 256)
        return outOfRange("salt");
    switch (algorithm) {
    case Algorithm::Argon2id:
        if (memoryKiB < 8 * 1024 || memoryKiB > 1024 * 1024)
            return outOfRange("memory");
        if (iterations < 1 || iterations > 64)
            return outOfRange("iterations");
        if (lanes < 1 || lanes > 16 || memoryKiB < 8 * lanes)
            return outOfRange("lanes");
        return {};
    case Algorithm::Scrypt:
        if (scryptN < 2 || scryptN > (1u << 20) || (scryptN & (scryptN - 1)) != 0)
            return outOfRange("N");
        // Memory is 128·N·r bytes and work grows with N·r·p: cap both (Aegis uses 2^15·8·1).
        if (scryptR < 1 || scryptP < 1 || scryptR > 64 || scryptP > 64 ||
            128 * scryptN * scryptR > (1ull << 30) || scryptN * scryptR * scryptP > (1ull << 24))
            return outOfRange("r/p");
        return {};
    case Algorithm::Pbkdf2Sha256:
        if (iterations < 1 || iterations > 10'000'000)
            return outOfRange("iterations");
        return {};
    }
    return outOfRange("algorithm");
}

KdfParameters KdfParameters::defaultArgon2id(QByteArray salt)
{
    KdfParameters parameters;
    parameters.salt = std::move(salt);
    return parameters;
}

} // namespace twofold
