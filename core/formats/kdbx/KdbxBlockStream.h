// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace twofold {

// The two ways KeePass cuts its payload into checked blocks.
class KdbxBlockStream
{
public:
    // KDBX 4: the ciphertext after the header, as blocks of [HMAC-SHA-256][int32 size][data], each block's
    // HMAC keyed by SHA-512(index || hmacKey) and ending with an empty block. Errors: ImportDamaged
    // ("blocks") for a block cut short, an HMAC that does not match, or no final block.
    [[nodiscard]] static Expected<QByteArray> hmacBlocks(QByteArrayView data, const SecureBytes &hmacKey);
    // The key of the header's HMAC (index 2^64 - 1) or of block `index`.
    [[nodiscard]] static Expected<SecureBytes> blockKey(quint64 index, const SecureBytes &hmacKey);

    // KDBX 3.1: the plaintext after the stream start bytes, as blocks of [uint32 index][SHA-256][int32
    // size][data] ending with an empty block whose hash is zero. Same errors.
    [[nodiscard]] static Expected<SecureBytes> hashedBlocks(const SecureBytes &data, qsizetype offset);
};

} // namespace twofold
