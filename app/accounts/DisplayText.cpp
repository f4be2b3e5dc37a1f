#include "accounts/DisplayText.h"

namespace twofold {

QString DisplayText::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue; // C0/C1, bidi controls (U+202A–E, U+2066–9), ZWJ/ZWSP, BOM
        out += c;
    }
    return out.simplified();
}

} // namespace twofold
