// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twofold {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

// The upper-case name used in otpauth URIs and the vault: SHA1, SHA256, SHA512.
inline QString hashAlgorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case HashAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case HashAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    Q_UNREACHABLE();
}

} // namespace twofold
