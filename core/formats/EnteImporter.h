// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Ente Auth's encrypted export: Argon2id (libsodium crypto_pwhash, costs from the file,
// bounded before use) and one crypto_secretstream XChaCha20-Poly1305 message holding Ente's plain
// text export (one otpauth URI per line). The plain text export itself is the otpauth-list format.
class EnteImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
