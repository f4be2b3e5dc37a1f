// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: RFC 4180 CSV (Bitwarden's CSV export). Whatever parses has no more records than lines and
// no more fields than the text has bytes.
#include "FuzzSupport.h"
#include "formats/CsvReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const auto records = twofold::CsvReader::parse(QByteArrayView(data, qsizetype(size)));
    if (!records)
        return 0;
    qsizetype fields = 0;
    for (const QStringList &record : *records)
        fields += record.size();
    if (fields > qsizetype(size) + 1)
        std::abort();
    return 0;
}
