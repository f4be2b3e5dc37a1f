// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>

#include <optional>

namespace twofold {

// The query of an otpauth URI: parameters by lower-cased name, values still percent-encoded, and the
// percent-decoding the URI's parts share. A parameter given twice with different values is an error.
class UriQuery
{
public:
    // Errors: UriBadQuery (detail: the malformed pair), UriBadPercentEncoding, UriConflictingParameter.
    [[nodiscard]] static Expected<UriQuery> parse(QByteArrayView query);
    std::optional<QByteArrayView> value(const char *name) const;

    // Percent-decodes `in` (`+` as space when asked). Error: UriBadPercentEncoding (detail: `part`).
    [[nodiscard]] static Expected<QByteArray> decode(QByteArrayView in, bool plusIsSpace,
                                                     const QString &part);
    // The same into secure memory, for the secret.
    [[nodiscard]] static Expected<SecureBytes> decodeSecret(QByteArrayView in, bool plusIsSpace,
                                                            const QString &part);
    // At most 64 bytes of untrusted input as text, for an error's detail.
    static QString excerpt(QByteArrayView bytes);

private:
    QMap<QByteArray, QByteArrayView> m_values;
};

} // namespace twofold
