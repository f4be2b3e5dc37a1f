#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace twofold {

// An Android SharedPreferences file (`<map><string name="…">…</string>…</map>`), the form in which
// apps keep data a rooted phone can copy out (FreeOTP's tokens.xml, Authy, Battle.net). Read with
// QXmlStreamReader: no DTDs (so no entity expansion), no external resources, bounded element count.
class SharedPreferencesXml
{
public:
    using Strings = QList<QPair<QString, QString>>;

    // Whether the bytes look like a preferences file: optional XML declaration, then `<map>`.
    [[nodiscard]] static bool looksLike(QByteArrayView data);

    // The `<string>` elements (name, text) in file order; other value types (int, boolean, …) are
    // skipped. Errors: ImportDamaged ("<formatId>: xml") when the XML is malformed or has a DTD,
    // ImportTooLarge ("entries") past `maxElements` elements.
    [[nodiscard]] static Expected<Strings> strings(QByteArrayView data, const QString &formatId,
                                                   int maxElements);
    // The `<string>` elements before the first error, so that a cut file can still be recognised (and
    // then reported as damaged by strings()).
    [[nodiscard]] static Strings leadingStrings(QByteArrayView data, int maxElements);

private:
    enum class Outcome
    {
        Complete,
        Malformed,
        TooManyElements
    };
    static Outcome parse(QByteArrayView data, int maxElements, Strings *out);
};

} // namespace twofold
