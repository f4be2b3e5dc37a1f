// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "formats/kdbx/KdbxHeader.h"

namespace twofold {

// A KeePass database's XML and the key of its protected values, from the file and its composite key:
// the checks that tell a wrong key from a damaged file, the outer cipher, the block stream, gzip and (KDBX 4)
// the inner header.
struct KdbxPayload
{
    SecureBytes xml;
    quint32 innerStreamId = 0; // 2 Salsa20, 3 ChaCha20
    SecureBytes innerStreamKey;

    // Above this the XML is refused (ImportTooLarge "file"): a 10 MiB file may inflate to any size.
    static constexpr qsizetype maxXmlBytes = 64 * 1024 * 1024;

    // Errors: ImportWrongPassword (KDBX 4: the header's HMAC; KDBX 3.1: the stream start bytes),
    // ImportDamaged (header checksum, blocks, payload, gzip, inner header), ImportTooLarge, KdfFailed.
    [[nodiscard]] static Expected<KdbxPayload> open(const KdbxHeader &header, QByteArrayView file,
                                                    const SecureBytes &compositeKey);
};

} // namespace twofold
