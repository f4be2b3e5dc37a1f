// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// KeePass 2 databases as KeePassXC (and KeePass) write them: KDBX 4.x and 3.1, unlocked with a password, a
// key file (ImportInput::keyFile()) or both. AES-KDF, Argon2d and Argon2id; AES-256-CBC and ChaCha20; gzip;
// protected values under ChaCha20 (4) or Salsa20 (3.1). Only entries with a TOTP secret become accounts
// (KdbxEntry). The header, and with it every KDF cost, is checked before any key is derived.
//
// Wrong key versus damaged: KDBX 4 authenticates its header with a key-derived HMAC (mismatch: wrong
// password) and every block (mismatch: damaged); KDBX 3.1's first decrypted block must repeat the header's
// stream start bytes (mismatch: wrong password), and anything after that failing is damage.
class KdbxImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
