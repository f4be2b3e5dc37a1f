// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace twofold {

// An Android SharedPreferences file (`<map><string name="…">…</string>…</map>`, also <int>, <long>,
// <boolean>, <float> and <set> entries), the form in which apps keep data a rooted phone can copy out
// (FreeOTP's tokens.xml, Authy, Battle.net, TOTP Authenticator). Read with QXmlStreamReader: no DTDs
// (so no entity expansion), no external resources, and bounded nesting or element count.
class SharedPreferencesXml
{
public:
    using Strings = QList<QPair<QString, QString>>;

    // Whether the bytes look like a preferences file: optional XML declaration, then `<map>`.
    [[nodiscard]] static bool looksLike(QByteArrayView data);
    // Whether the bytes are such a file holding an entry named `key`: a cheap look at the bytes that also
    // recognises a cut or damaged file, so its reader can report it as damaged.
    [[nodiscard]] static bool mentions(QByteArrayView data, QLatin1StringView key);

    // Values by name (numbers and booleans as their text; <set> entries are skipped; a repeated name keeps
    // its last value). Nesting deeper than a preferences file can (<map><set><string>) is refused.
    // Errors: ImportDamaged (detail "xml") when the XML is malformed, has a DTD, nests too deep or
    // its root is not <map>.
    [[nodiscard]] static Expected<QHash<QString, QString>> values(QByteArrayView data,
                                                                  const QString &formatId);

    // The `<string>` elements (name, text) in file order; other value types (int, boolean, …) are
    // skipped. Errors: ImportDamaged (detail "xml") when the XML is malformed or has a DTD,
    // ImportTooLarge (TooManyEntries) past `maxElements` elements (<map> and its children).
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
    struct Entry
    {
        QString name;
        QString value;
        bool isString = false;
    };
    struct Bounds
    {
        int maxElements; // counted at <map> and its children: deeper elements are skipped unread
        int maxDepth;
    };
    static Outcome parse(QByteArrayView data, Bounds bounds, QList<Entry> *out);
    static Strings stringsOf(const QList<Entry> &entries);
};

} // namespace twofold
