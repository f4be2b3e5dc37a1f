// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

namespace twofold {

std::optional<QList<QStringList>> CsvReader::parse(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field was quoted and its closing quote has been read
    bool fieldStarted = false; // the record has content (so a lone line break is a blank line, not a record)

    const auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        if (fieldStarted || !record.isEmpty()) {
            endField();
            records.append(record);
        }
        record.clear();
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c != '"') {
                field.append(c);
            } else if (i + 1 < text.size() && text.at(i + 1) == '"') {
                field.append('"');
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
            continue;
        }
        if (c == ',') {
            endField();
            fieldStarted = true;
        } else if (c == '\n' || c == '\r') {
            endRecord();
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            fieldStarted = true;
        } else if (wasQuoted) {
            return std::nullopt;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::nullopt;
    endRecord();
    return records;
}

} // namespace twofold
