// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace twofold {

class Digest
{
public:
    // SHA-256 of non-secret data (file checksums, header binding).
    static QByteArray sha256(QByteArrayView data);
    // SHA-256 of a secret (another app's password-to-key step), kept in secure memory.
    static SecureBytes sha256Secret(const SecureBytes &secret);
    // SHA-512 of a secret (KeePass's block and inner-stream keys), kept in secure memory.
    static SecureBytes sha512Secret(const SecureBytes &secret);
};

} // namespace twofold
