// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QJsonArray>
#include <QStringView>

namespace twofold {

// The text forms other apps store secrets in, decoded to raw bytes.
class SecretText
{
public:
    // Lenient base32 as other apps write it (case, spaces, '-', padding, partial last byte).
    [[nodiscard]] static Expected<SecureBytes> base32(QStringView text);
    // Errors: ImportBadSecret (detail "hex").
    [[nodiscard]] static Expected<SecureBytes> hex(QStringView text);
    // Standard or URL-safe alphabet, padding optional. Errors: ImportBadSecret (detail "base64").
    [[nodiscard]] static Expected<SecureBytes> base64(QStringView text);
    // Java's signed bytes as a JSON array of numbers -128..255 (FreeOTP).
    // Errors: ImportBadSecret (detail "bytes").
    [[nodiscard]] static Expected<SecureBytes> signedBytes(const QJsonArray &array);
};

} // namespace twofold
