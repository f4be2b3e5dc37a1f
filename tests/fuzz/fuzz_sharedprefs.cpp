// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: Android SharedPreferences XML (FreeOTP, Authy, Battle.net, TOTP Authenticator): every reading
// entry point. The element bound holds, and a complete read agrees with the leading strings of a cut one.
#include "FuzzSupport.h"
#include "formats/SharedPreferencesXml.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const QByteArrayView bytes(data, qsizetype(size));
    (void)twofold::SharedPreferencesXml::looksLike(bytes);
    (void)twofold::SharedPreferencesXml::mentions(bytes, QLatin1StringView("secret"));
    (void)twofold::SharedPreferencesXml::values(bytes, QStringLiteral("fuzz"));
    constexpr int maxElements = 32;
    const auto strings = twofold::SharedPreferencesXml::strings(bytes, QStringLiteral("fuzz"), maxElements);
    const auto leading = twofold::SharedPreferencesXml::leadingStrings(bytes, maxElements);
    if (strings && (strings->size() > maxElements || *strings != leading))
        std::abort();
    return 0;
}
