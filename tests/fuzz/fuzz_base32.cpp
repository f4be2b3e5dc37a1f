// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: base32 decoding never crashes, and encoding what it decoded decodes to the same bytes.
#include "FuzzSupport.h"
#include "encoding/Base32.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const auto decoded = twofold::Base32::decode(QByteArrayView(data, qsizetype(size)));
    if (!decoded)
        return 0;
    const twofold::SecureBytes encoded = twofold::Base32::encode(*decoded);
    const auto again = twofold::Base32::decode(QByteArrayView(encoded.constData(), encoded.size()));
    if (!again || *again != *decoded)
        std::abort();
    return 0;
}
