// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/HashAlgorithm.h"
#include "otp/OtpType.h"

#include <QtTypes>

namespace twofold {

// How an account's codes are computed: everything but the secret. Only create() builds one, so an
// OtpParameters value is always valid (digits 4–10, Steam 5; period 1–3600 s).
class OtpParameters
{
public:
    static constexpr int minDigits = 4;
    static constexpr int maxDigits = 10;
    static constexpr int steamDigits = 5;
    static constexpr int defaultDigits = 6;
    static constexpr int defaultPeriod = 30;
    static constexpr int maxPeriod = 3600;

    // Errors: DigitsOutOfRange, PeriodOutOfRange (detail: the value). For Steam, digits must be 5
    // and the algorithm SHA1 (DigitsOutOfRange / UriUnknownAlgorithm otherwise).
    [[nodiscard]] static Expected<OtpParameters> create(OtpType type, HashAlgorithm algorithm, int digits,
                                                        int period, quint64 counter);
    [[nodiscard]] static OtpParameters defaultTotp();

    OtpType type() const { return m_type; }
    HashAlgorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    int period() const { return m_period; }       // seconds; meaningful for TOTP and Steam
    quint64 counter() const { return m_counter; } // the counter of the next HOTP code
    bool isTimeBased() const { return m_type != OtpType::Hotp; }

    bool operator==(const OtpParameters &) const = default;

private:
    OtpParameters() = default;

    OtpType m_type = OtpType::Totp;
    HashAlgorithm m_algorithm = HashAlgorithm::Sha1;
    int m_digits = defaultDigits;
    int m_period = defaultPeriod;
    quint64 m_counter = 0;
};

} // namespace twofold
