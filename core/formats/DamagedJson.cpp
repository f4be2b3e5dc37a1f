// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedJson.h"

namespace twofold {

namespace {
// Keys that identify a format sit near the start; looking further only costs time on large files.
constexpr qsizetype window = 64 * 1024;
} // namespace

bool DamagedJson::looksLike(const ImportInput &input, std::initializer_list<QByteArrayView> markers)
{
    QByteArrayView text = QByteArrayView(input.bytes()).trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (!(text.startsWith('{') || text.startsWith('[')) || input.json())
        return false;
    text = text.first(qMin(text.size(), window));
    for (QByteArrayView marker : markers) {
        if (!text.contains(marker))
            return false;
    }
    return true;
}

} // namespace twofold
