// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// andOTP backups: the plain JSON array, the current encrypted format (PBKDF2-HMAC-SHA1
// with the iteration count in the file, AES-256-GCM) and the old one (key = SHA-256 of the password).
//
// Recognising an encrypted backup: neither format has a magic number, so the rule is "binary that is no
// other known container": at least 30 bytes (12-byte nonce, 16-byte tag and the 2-byte "[]" of an empty
// backup), not UTF-8 text (text is some other format), and not starting with another format's magic
// (ZIP, SQLite, Java serialisation, images, PDF, gzip, Authenticator Pro, OTPClient). The table keeps
// this row after every format recognised by a magic number.
//
// Telling the two encrypted formats apart: the current format is tried first when the file is long enough
// for its header and its iteration count is within bounds (1–10^7); only if its GCM tag fails is the file
// tried as the old format. Both are authenticated, so a file never opens as the wrong one. An iteration
// count out of bounds is never run: such a file can only be the old format.
//
// mOTP entries are rejected (ImportUnsupportedType "motp"). Tags are kept.
class AndOtpImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
