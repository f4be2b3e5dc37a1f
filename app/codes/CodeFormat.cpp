// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/CodeFormat.h"

namespace twofold {

QString CodeFormat::grouped(const QString &code, bool steam)
{
    if (steam || code.size() < 6)
        return code;
    const qsizetype head = code.size() / 2;
    return code.first(head) + QLatin1Char(' ') + code.sliced(head);
}

} // namespace twofold
