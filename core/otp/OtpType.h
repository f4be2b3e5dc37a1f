#pragma once

namespace twofold {

// Steam is TOTP (SHA1, period 30) with a five-character code from Steam's own alphabet.
enum class OtpType
{
    Totp,
    Hotp,
    Steam
};

} // namespace twofold
