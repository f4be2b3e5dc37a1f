// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedPreferencesXml.h"

#include <QXmlStreamReader>

#include <limits>

namespace twofold {

namespace {
constexpr int unbounded = std::numeric_limits<int>::max();
// <map><set><string> is as deep as the format goes; anything deeper is not a preferences file.
constexpr int maxValueDepth = 4;

QByteArrayView withoutBom(QByteArrayView data)
{
    QByteArrayView text = data.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text;
}

std::unexpected<Error> malformed(const QString &formatId)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("xml"));
}
} // namespace

bool SharedPreferencesXml::looksLike(QByteArrayView data)
{
    QByteArrayView rest = withoutBom(data);
    if (rest.startsWith("<?xml")) {
        const qsizetype end = rest.indexOf("?>");
        if (end < 0)
            return false;
        rest = rest.sliced(end + 2).trimmed();
    }
    return rest.startsWith("<map>") || rest.startsWith("<map/>") || rest.startsWith("<map ");
}

bool SharedPreferencesXml::mentions(QByteArrayView data, QLatin1StringView key)
{
    const QByteArrayView text = withoutBom(data);
    if (!text.startsWith('<') || !text.contains("<map"))
        return false;
    return text.contains(QByteArrayView(key.data(), key.size()));
}

Expected<QHash<QString, QString>> SharedPreferencesXml::values(QByteArrayView data, const QString &formatId)
{
    // The file's size bounds the entries; the depth bound keeps out what is not a preferences file.
    QList<Entry> entries;
    if (parse(data, {unbounded, maxValueDepth}, &entries) != Outcome::Complete)
        return malformed(formatId);
    QHash<QString, QString> out;
    for (const Entry &entry : std::as_const(entries))
        out.insert(entry.name, entry.value);
    return out;
}

Expected<SharedPreferencesXml::Strings>
SharedPreferencesXml::strings(QByteArrayView data, const QString &formatId, int maxElements)
{
    QList<Entry> entries;
    switch (parse(data, {maxElements, unbounded}, &entries)) {
    case Outcome::Complete:
        return stringsOf(entries);
    case Outcome::TooManyElements:
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    case Outcome::Malformed:
        break;
    }
    return malformed(formatId);
}

SharedPreferencesXml::Strings SharedPreferencesXml::leadingStrings(QByteArrayView data, int maxElements)
{
    QList<Entry> entries;
    parse(data, {maxElements, unbounded}, &entries);
    return stringsOf(entries);
}

SharedPreferencesXml::Strings SharedPreferencesXml::stringsOf(const QList<Entry> &entries)
{
    Strings out;
    for (const Entry &entry : entries) {
        if (entry.isString)
            out.append({entry.name, entry.value});
    }
    return out;
}

SharedPreferencesXml::Outcome SharedPreferencesXml::parse(QByteArrayView data, Bounds bounds,
                                                          QList<Entry> *out)
{
    QXmlStreamReader xml(data.toByteArray());
    int elements = 0;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return Outcome::Malformed; // preferences never have them; refusing them rules out entity
                                       // expansion
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::StartElement: {
            if (++depth > bounds.maxDepth)
                return Outcome::Malformed;
            if (depth > 2)
                break; // inside a <set> or a value: nothing to read
            if (++elements > bounds.maxElements)
                return Outcome::TooManyElements;
            const QStringView element = xml.name();
            if (depth == 1) {
                if (element != u"map")
                    return Outcome::Malformed;
                break;
            }
            const QString name = xml.attributes().value(u"name").toString();
            if (element == u"string") {
                const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                --depth; // readElementText consumed the end element
                if (xml.hasError())
                    return Outcome::Malformed;
                out->append({name, text, true});
            } else if (element == u"int" || element == u"long" || element == u"boolean" ||
                       element == u"float") {
                out->append({name, xml.attributes().value(u"value").toString(), false});
            }
            break;
        }
        default:
            break;
        }
    }
    return xml.hasError() || depth != 0 || elements == 0 ? Outcome::Malformed : Outcome::Complete;
}

} // namespace twofold
