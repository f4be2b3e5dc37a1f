// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/OtpTypeChoice.h"

#include "otp/OtpParameters.h"
#include "otp/OtpType.h"

namespace twofold {

bool OtpTypeChoice::fixesParameters(int type)
{
    return type == int(OtpType::Steam);
}

bool OtpTypeChoice::counterBased(int type)
{
    return type == int(OtpType::Hotp);
}

int OtpTypeChoice::digits(int type, int shown)
{
    return type == int(OtpType::Steam) ? OtpParameters::steamDigits : shown;
}

int OtpTypeChoice::algorithm(int type, int shown)
{
    constexpr int sha1 = 0;
    return type == int(OtpType::Steam) ? sha1 : shown;
}

} // namespace twofold
