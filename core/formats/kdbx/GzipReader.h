// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// gzip (RFC 1952) decompression through zlib, into secure memory, stopping at a size cap so that a
// compression bomb costs at most `maxBytes`.
class GzipReader
{
public:
    enum class Failure
    {
        Damaged,
        TooLarge
    };

    // The whole first gzip member; a stream cut short or with a bad checksum is Damaged.
    [[nodiscard]] static std::expected<SecureBytes, Failure> inflate(QByteArrayView data, qsizetype maxBytes);
};

} // namespace twofold
