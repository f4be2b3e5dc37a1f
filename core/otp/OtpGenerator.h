// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "otp/OtpParameters.h"

#include <QString>

namespace twofold {

// HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard codes. Pure functions of (secret, parameters,
// time): the caller owns the clock, so tests and the app's single ticker decide what "now" is.
// Thread-safe.
class OtpGenerator
{
public:
    enum class Step
    {
        Current,
        Next
    };

    // The code for `unixTime` (seconds, >= 0; ignored for HOTP, which uses the parameters' counter).
    // Step::Next gives the code of the following period (TOTP/Steam) or counter + 1 (HOTP).
    // Codes are not grouped: "123456", Steam "FR8RV". Errors: SecretEmpty, TimeOutOfRange,
    // CounterOutOfRange (HOTP counter would wrap), CryptoProviderMissing.
    [[nodiscard]] static Expected<QString> code(const SecureBytes &secret, const OtpParameters &parameters,
                                                qint64 unixTime, Step step = Step::Current);

    // The raw RFC 4226 value for a counter: `digits` decimal digits, zero-padded.
    [[nodiscard]] static Expected<QString> hotp(const SecureBytes &secret, HashAlgorithm algorithm,
                                                quint64 counter, int digits);

    // Seconds until the current time-based code expires: 1..period. 0 for HOTP.
    [[nodiscard]] static int secondsRemaining(const OtpParameters &parameters, qint64 unixTime);

    // The TOTP/Steam counter (time step) for `unixTime`.
    [[nodiscard]] static quint64 timeStep(const OtpParameters &parameters, qint64 unixTime);
};

} // namespace twofold
