// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// FreeOTP:
// * tokens.xml, the SharedPreferences file FreeOTP 1 and FreeOTP+ keep their tokens in (one JSON token
//   per `<string>`, plus `tokenOrder`); HOTP counters stored one below otpauth's. The two apps write it
//   identically, so it is recognised as FreeOTP's whichever wrote it.
// * FreeOTP 2's encrypted backup: a Java-serialized HashMap<String,String> holding a password-wrapped
//   master key (PBKDF2-HMAC-SHA1/SHA512, AES-GCM with the key's algorithm name as associated data), one
//   master-key-wrapped secret per token and the tokens' plain metadata. Counters are otpauth's.
class FreeOtpImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    // Errors (backup): ImportWrongPassword, ImportDamaged (detail "<what>"), ImportUnsupported
    // (Kdf or Cipher), KdfParametersOutOfRange (iteration count), ImportTooLarge.
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
