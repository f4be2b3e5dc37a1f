// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpParameters.h"

#include <QString>

namespace twofold {

Expected<OtpParameters> OtpParameters::create(OtpType type, HashAlgorithm algorithm, int digits, int period,
                                              quint64 counter)
{
    if (type == OtpType::Steam) {
        if (digits != steamDigits)
            return fail(ErrorCode::DigitsOutOfRange, QString::number(digits));
        if (algorithm != HashAlgorithm::Sha1)
            return fail(ErrorCode::UriUnknownAlgorithm, QStringLiteral("steam"));
    } else if (digits < minDigits || digits > maxDigits) {
        return fail(ErrorCode::DigitsOutOfRange, QString::number(digits));
    }
    if (period < 1 || period > maxPeriod)
        return fail(ErrorCode::PeriodOutOfRange, QString::number(period));

    OtpParameters parameters;
    parameters.m_type = type;
    parameters.m_algorithm = algorithm;
    parameters.m_digits = digits;
    // Fields that do not apply to the type are normalised, so equal accounts compare equal.
    parameters.m_period = type == OtpType::Hotp ? defaultPeriod : period;
    parameters.m_counter = type == OtpType::Hotp ? counter : 0;
    return parameters;
}

OtpParameters OtpParameters::defaultTotp()
{
    return OtpParameters();
}

} // namespace twofold
