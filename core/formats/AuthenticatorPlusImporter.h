// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Authenticator Plus:
// * its export, a ZipCrypto-encrypted ZIP with `Accounts.txt` (otpauth URIs, one per line);
// * its internal database (`authplus.db`), which is SQLCipher: every byte, header included, is
//   encrypted, so it can only be recognised by shape (whole 1 KiB pages of uniformly random-looking
//   bytes, not a plain SQLite file). It is reported as unsupported, pointing to the app's export.
class AuthenticatorPlusImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    // Errors: ImportWrongPassword, ImportDamaged (detail "zip"), ImportTooLarge,
    // ImportUnsupported (EncryptedDatabase).
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
