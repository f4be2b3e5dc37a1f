// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "uri/OtpAuthUri.h"

#include <QList>

namespace twofold {

// "Transfer to Google Authenticator": accounts as `otpauth-migration://offline?data=…` links in Google's
// batch format, one QR code each. Google's format has no period and knows only SHA1 in practice, 6 or 8
// digits, TOTP and HOTP; every account it cannot hold is listed with the reason instead.
class MigrationExport
{
public:
    // Small enough for a QR code a phone camera reads easily.
    static constexpr int defaultAccountsPerCode = 8;
    static constexpr qsizetype maxPayloadBytes = 700; // before base64: a code of about version 20

    struct Refused
    {
        int index;   // into the accounts given
        Error error; // TransferUnsupported, reason: SteamType, Algorithm, Digits, Period or NameTooLong
    };

    struct Codes
    {
        QList<SecureBytes> links; // they hold secrets
        QList<Refused> refused;
    };

    [[nodiscard]] static Codes build(const QList<OtpAuthUri> &accounts, qint32 batchId,
                                     int accountsPerCode = defaultAccountsPerCode);
};

} // namespace twofold
