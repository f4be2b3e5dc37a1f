// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportBuilder.h"

#include <QJsonObject>

namespace twofold {

// FreeOTP's token JSON, shared by FreeOTP+ exports, the tokens.xml of FreeOTP 1 and
// FreeOTP+, and FreeOTP 2's per-token metadata.
class FreeOtpToken
{
public:
    enum class Counter
    {
        StoredMinusOne, // FreeOTP 1 and FreeOTP+ keep the counter of the last code: +1 gives otpauth's
        AsOtpAuth,      // FreeOTP 2 keeps otpauth's "next counter"
    };

    // Issuer and name as FreeOTP shows them: user overrides (issuerAlt, labelAlt) first, then the label's
    // issuer (issuerExt), then the `issuer` parameter's (issuerInt).
    [[nodiscard]] static QString issuer(const QJsonObject &token);
    [[nodiscard]] static QString name(const QJsonObject &token);

    // Validates the token and adds it to `builder` with `secret`, or rejects it with the reason: an
    // unknown type or algorithm (ImportUnsupportedType, UriUnknownAlgorithm), a value that is not a
    // whole number (UriBadDigits, UriBadPeriod, UriBadCounter) or out of range (OtpParameters' errors).
    // A TOTP token whose label issuer is exactly "Steam" is a Steam account, as FreeOTP displays it.
    static void add(ImportBuilder &builder, const QJsonObject &token, SecureBytes secret, Counter counter);
};

} // namespace twofold
