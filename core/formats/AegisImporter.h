// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Aegis vaults and exports, plain or password-encrypted, content versions 1–3. Also reads the
// Aegis files GNOME Authenticator writes (slot type as a string, null issuers).
//
// Encrypted files: each password slot (type 1) wraps the master key under scrypt(password); raw (0) and
// biometric (2) slots hold keys that never leave the phone and are skipped. No slot opening is
// ImportWrongPassword; a slot opening but the content failing its GCM tag is ImportDamaged, since the key
// is then known to be right. scrypt costs are bounded (KdfParameters) before any derivation.
//
// Entries: totp, hotp and steam; motp and yandex are rejected (ImportUnsupportedType). v2 per-entry group
// names and v3 group uuids become tags; note and favourite are kept; icons are never decoded or stored.
class AegisImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
