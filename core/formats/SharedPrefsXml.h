#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace twofold {

// An Android SharedPreferences file (`shared_prefs/*.xml`, copied off a rooted phone): a <map> of <string>,
// <int>, <long>, <boolean> and <float> entries by name. Several authenticators keep their accounts in one
// of its strings.
class SharedPrefsXml
{
public:
    // Whether the text is such a file holding an entry named `key`: a cheap look at the bytes that also
    // recognises a cut or damaged file, so its reader can report it as damaged.
    [[nodiscard]] static bool mentions(const QByteArray &bytes, QLatin1StringView key);

    // Values by name (numbers and booleans as their text; <set> entries are skipped). nullopt when the XML
    // is not well formed, nests deeper than a preferences file can, or its root is not <map>.
    [[nodiscard]] static std::optional<QHash<QString, QString>> parse(const QByteArray &bytes);
};

} // namespace twofold
