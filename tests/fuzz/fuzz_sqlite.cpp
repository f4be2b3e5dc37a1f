// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: SQLite databases opened from memory (Google Authenticator, Microsoft Authenticator and
// Authenticator Pro databases): every table the importers read, bounded in rows.
#include "FuzzSupport.h"
#include "formats/SqliteDatabase.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto db = twofold::SqliteDatabase::open(bytes, QStringLiteral("fuzz"));
    if (!db)
        return 0;
    constexpr int maxRows = 100;
    for (const char *table : {"accounts", "authenticator", "category", "authenticatorcategory"}) {
        const QString name = QString::fromLatin1(table);
        (void)db->hasColumns(name, {QStringLiteral("secret"), QStringLiteral("name")});
        const auto rows = db->rows(name, maxRows);
        if (rows && rows->size() > maxRows)
            std::abort();
    }
    return 0;
}
