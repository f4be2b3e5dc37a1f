// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the one otpauth validator must reject or accept any bytes without crashing, and whatever
// it accepts must serialise and parse back to the same account.
#include "FuzzSupport.h"
#include "uri/OtpAuthUri.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const auto parsed = twofold::OtpAuthUri::parse(QByteArrayView(data, qsizetype(size)));
    if (!parsed)
        return 0;
    const twofold::SecureBytes uri = parsed->toUri();
    const auto again = twofold::OtpAuthUri::parse(QByteArrayView(uri.constData(), uri.size()));
    if (!again || again->secret() != parsed->secret() || !(again->parameters() == parsed->parameters()) ||
        again->issuer() != parsed->issuer() || again->name() != parsed->name())
        std::abort();
    return 0;
}
