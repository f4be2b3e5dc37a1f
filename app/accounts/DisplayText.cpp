// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/DisplayText.h"

#include <QList>

namespace twofold {

QString DisplayText::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    // By code point, so format characters beyond the BMP (tags U+E0001…E007F) are caught too.
    for (const char32_t c : QStringView(text).toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_Surrogate)
            continue; // C0/C1, bidi controls (U+202A–E, U+2066–9), ZWJ/ZWSP, BOM, tag characters
        out += QChar::fromUcs4(c);
    }
    return out.simplified();
}

} // namespace twofold
