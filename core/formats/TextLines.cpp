// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLines.h"

namespace twofold {

QList<QByteArray> TextLines::of(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (QByteArrayView line : text.split('\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append(line.toByteArray());
    }
    return lines;
}

bool TextLines::startWith(const QByteArray &text, QByteArrayView prefix)
{
    for (QByteArrayView line : text.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("\xEF\xBB\xBF")) // a byte order mark, as Windows tools write
            line = line.sliced(3);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return line.size() >= prefix.size() &&
               line.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace twofold
