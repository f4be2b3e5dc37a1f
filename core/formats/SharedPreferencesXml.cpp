#include "SharedPreferencesXml.h"

#include <QXmlStreamReader>

namespace twofold {

bool SharedPreferencesXml::looksLike(QByteArrayView data)
{
    QByteArrayView rest = data.trimmed();
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    if (rest.startsWith("<?xml")) {
        const qsizetype end = rest.indexOf("?>");
        if (end < 0)
            return false;
        rest = rest.sliced(end + 2).trimmed();
    }
    return rest.startsWith("<map>") || rest.startsWith("<map/>") || rest.startsWith("<map ");
}

Expected<SharedPreferencesXml::Strings>
SharedPreferencesXml::strings(QByteArrayView data, const QString &formatId, int maxElements)
{
    Strings out;
    switch (parse(data, maxElements, &out)) {
    case Outcome::Complete:
        return out;
    case Outcome::TooManyElements:
        return fail(ErrorCode::ImportTooLarge, QStringLiteral("entries"));
    case Outcome::Malformed:
        break;
    }
    return fail(ErrorCode::ImportDamaged, formatId + QStringLiteral(": xml"));
}

SharedPreferencesXml::Strings SharedPreferencesXml::leadingStrings(QByteArrayView data, int maxElements)
{
    Strings out;
    parse(data, maxElements, &out);
    return out;
}

SharedPreferencesXml::Outcome SharedPreferencesXml::parse(QByteArrayView data, int maxElements, Strings *out)
{
    QXmlStreamReader xml(data.toByteArray());
    int elements = 0;
    bool inMap = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return Outcome::Malformed; // preferences never have them; refusing them rules out entity
                                       // expansion
        case QXmlStreamReader::StartElement:
            if (++elements > maxElements)
                return Outcome::TooManyElements;
            if (!inMap) {
                if (xml.name() != u"map")
                    return Outcome::Malformed;
                inMap = true;
            } else if (xml.name() == u"string") {
                const QString name = xml.attributes().value(u"name").toString();
                const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (xml.hasError())
                    return Outcome::Malformed;
                out->append({name, text});
            } else {
                xml.skipCurrentElement();
            }
            break;
        default:
            break;
        }
    }
    return xml.hasError() || !inMap ? Outcome::Malformed : Outcome::Complete;
}

} // namespace twofold
