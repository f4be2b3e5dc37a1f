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
    const auto damaged = [&] { return fail(ErrorCode::ImportDamaged, formatId + QStringLiteral(": xml")); };
    QXmlStreamReader xml(data.toByteArray());
    Strings out;
    int elements = 0;
    bool inMap = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return damaged(); // preferences never have them; refusing them rules out entity expansion
        case QXmlStreamReader::StartElement:
            if (++elements > maxElements)
                return fail(ErrorCode::ImportTooLarge, QStringLiteral("entries"));
            if (!inMap) {
                if (xml.name() != u"map")
                    return damaged();
                inMap = true;
            } else if (xml.name() == u"string") {
                const QString name = xml.attributes().value(u"name").toString();
                const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (xml.hasError())
                    return damaged();
                out.append({name, text});
            } else {
                xml.skipCurrentElement();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError() || !inMap)
        return damaged();
    return out;
}

} // namespace twofold
