// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "uri/OtpAuthUri.h"

#include <QByteArrayView>
#include <QList>

namespace twofold {

// One Google Authenticator transfer QR code: `otpauth-migration://offline?data=<base64 protobuf>`.
// A large export spans several codes sharing `batchId`, indexed 0..batchSize-1. Each account goes through
// the same validator as any otpauth URI; one that cannot be used (MD5, a bad secret) is reported, not
// dropped.
struct MigrationPayload
{
    struct Rejected
    {
        QString label; // issuer:name as the payload gives it, for the user
        Error error;
    };

    QList<OtpAuthUri> accounts;
    QList<Rejected> rejected;
    int version = 0;
    int batchSize = 1;
    int batchIndex = 0;
    int batchId = 0;

    // Errors: UriBadScheme (not otpauth-migration://offline), MigrationBadData (detail: what), UriTooLong
    // (over 64 KiB). Un-encoded '+' in the data (seen in real exports) is accepted.
    [[nodiscard]] static Expected<MigrationPayload> parse(QByteArrayView uri);
};

} // namespace twofold
