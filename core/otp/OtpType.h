// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twofold {

// Steam is TOTP (SHA1, period 30) with a five-character code from Steam's own alphabet.
enum class OtpType
{
    Totp,
    Hotp,
    Steam
};

// The lower-case name used in otpauth URIs, the vault and the command line.
inline QString otpTypeName(OtpType type)
{
    switch (type) {
    case OtpType::Totp:
        return QStringLiteral("totp");
    case OtpType::Hotp:
        return QStringLiteral("hotp");
    case OtpType::Steam:
        return QStringLiteral("steam");
    }
    Q_UNREACHABLE();
}

} // namespace twofold
