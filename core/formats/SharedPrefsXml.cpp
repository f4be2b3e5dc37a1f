#include "SharedPrefsXml.h"

#include <QXmlStreamReader>

namespace twofold {

namespace {
// <map><set><string> is as deep as the format goes; anything deeper is not a preferences file.
constexpr int maxDepth = 4;
} // namespace

bool SharedPrefsXml::mentions(const QByteArray &bytes, QLatin1StringView key)
{
    QByteArrayView text = QByteArrayView(bytes).trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    if (!text.startsWith('<') || !text.contains("<map"))
        return false;
    return text.contains(QByteArrayView(key.data(), key.size()));
}

std::optional<QHash<QString, QString>> SharedPrefsXml::parse(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> values;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return std::nullopt; // preferences files have none; refusing it keeps entity tricks out
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > maxDepth)
            return std::nullopt;
        const QStringView element = xml.name();
        if (depth == 1) {
            if (element != u"map")
                return std::nullopt;
            continue;
        }
        if (depth != 2)
            continue;
        const QString name = xml.attributes().value(u"name").toString();
        if (element == u"string") {
            const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
            --depth; // readElementText consumed the end element
            if (!xml.hasError())
                values.insert(name, text);
        } else if (element == u"int" || element == u"long" || element == u"boolean" || element == u"float") {
            values.insert(name, xml.attributes().value(u"value").toString());
        }
    }
    if (xml.hasError() || depth != 0)
        return std::nullopt;
    return values;
}

} // namespace twofold
