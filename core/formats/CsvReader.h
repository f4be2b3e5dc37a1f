// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>

namespace twofold {

// RFC 4180 CSV as password managers export it: fields separated by commas, records by CRLF or LF, a field
// in double quotes may hold commas, line breaks and doubled quotes. Blank lines are skipped. UTF-8, with
// or without a byte order mark.
class CsvReader
{
public:
    // Every record, in file order; nullopt when a quote is left open at the end of the text or text follows
    // a closing quote (a damaged or cut file).
    [[nodiscard]] static std::optional<QList<QStringList>> parse(QByteArrayView text);
};

} // namespace twofold
