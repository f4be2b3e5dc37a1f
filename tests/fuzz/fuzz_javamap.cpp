// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: Java-serialized HashMap<String, String> (FreeOTP 2 backups). Never reads past the input,
// never returns more entries than asked for.
#include "FuzzSupport.h"
#include "formats/JavaSerializedMap.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const QByteArrayView bytes(data, qsizetype(size));
    (void)twofold::JavaSerializedMap::looksLike(bytes);
    constexpr int maxEntries = 64;
    const auto entries = twofold::JavaSerializedMap::read(bytes, QStringLiteral("fuzz"), maxEntries);
    if (entries && entries->size() > maxEntries)
        std::abort();
    return 0;
}
