// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace twofold {

// The meaningful lines of a text export: trimmed, without blank lines and `#` comments.
class TextLines
{
public:
    [[nodiscard]] static QList<QByteArray> of(const QByteArray &text);
    // Whether the first meaningful line starts with `prefix` (case-insensitive).
    [[nodiscard]] static bool startWith(const QByteArray &text, QByteArrayView prefix);
};

} // namespace twofold
