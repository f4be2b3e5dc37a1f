// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "formats/kdbx/KdbxKdf.h"

#include <QByteArray>

namespace twofold {

// The unencrypted outer header of a KeePass 2 database (KDBX 3.1 or 4.x), parsed and checked before any key
// is derived: every field's size, the cipher, the compression and the KDF with its costs.
struct KdbxHeader
{
    enum class Cipher
    {
        Aes256,
        ChaCha20
    };

    int major = 0; // 3 or 4
    int minor = 0;
    Cipher cipher = Cipher::Aes256;
    bool gzip = false;
    QByteArray masterSeed;
    QByteArray encryptionIv;
    KdbxKdf kdf;
    // KDBX 3.1 only; KDBX 4 keeps these in the encrypted inner header.
    QByteArray protectedStreamKey;
    QByteArray streamStartBytes;
    quint32 innerStreamId = 0;
    qsizetype size = 0; // bytes of the header, up to and including its end field

    static constexpr quint32 signature1 = 0x9AA2D903;
    static constexpr quint32 signature2 = 0xB54BFB67;

    // Whether the bytes start like a KeePass database of any version (also KeePass 1 and a file cut within
    // its signature), so that read() can name the problem rather than the file being unknown.
    static bool looksLikeKeePass(QByteArrayView data);

    // Errors: ImportDamaged (signature, header, a field's size, kdf parameters), ImportUnsupported (KeePass
    // 1 .kdb, a version other than 3 or 4, a cipher such as Twofish, an unknown KDF or compression),
    // ImportKdfTooCostly / ImportDamaged for KDF costs out of bounds.
    [[nodiscard]] static Expected<KdbxHeader> parse(QByteArrayView data);
};

} // namespace twofold
