// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: ZIP archives through libzip (WinAuth, Authenticator Plus, Raivo exports): names with and
// without a central directory, then every entry read with the fixtures' password, bounded in size.
#include "FuzzInput.h"
#include "FuzzSupport.h"
#include "formats/ZipArchive.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const FuzzInput input = FuzzInput::split(data, size);
    (void)twofold::ZipArchive::names(input.file);
    const auto archive = twofold::ZipArchive::open(input.file, QStringLiteral("fuzz"));
    if (!archive)
        return 0;
    constexpr qsizetype maxBytes = 64 * 1024;
    for (qint64 index = 0; index < twofold::ZipArchive::maxEntries; ++index) {
        const auto entry = archive->read(index, input.password, maxBytes);
        if (entry && entry->size() > maxBytes)
            std::abort();
    }
    (void)twofold::ZipArchive::readFile(input.file, QStringLiteral("fuzz"), u"winauth", u".txt",
                                        input.password);
    return 0;
}
