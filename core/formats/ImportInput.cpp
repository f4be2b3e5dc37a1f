// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportInput.h"

#include "formats/ImportLimits.h"

namespace twofold {

ImportInput::ImportInput(QByteArray data, SecureBytes keyFile)
    : m_data(std::move(data))
    , m_keyFile(std::move(keyFile))
{}

const QJsonDocument *ImportInput::json() const
{
    if (!m_parsed) {
        m_parsed = true;
        // A view, not a trimmed copy: decrypted backups come through here, and only m_data gets wiped.
        const QByteArrayView trimmed = QByteArrayView(m_data).trimmed();
        const bool looksLikeJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (looksLikeJson && !nestsDeeperThan(m_data, ImportLimits::maxJsonDepth)) {
            QJsonParseError error;
            QJsonDocument document = QJsonDocument::fromJson(m_data, &error);
            if (error.error == QJsonParseError::NoError)
                m_json = std::move(document);
        }
    }
    return m_json ? &*m_json : nullptr;
}

QJsonObject ImportInput::object() const
{
    const QJsonDocument *document = json();
    return document && document->isObject() ? document->object() : QJsonObject();
}

bool ImportInput::hasKeys(std::initializer_list<QLatin1StringView> keys) const
{
    const QJsonObject root = object();
    if (root.isEmpty())
        return false;
    for (QLatin1StringView key : keys) {
        if (!root.contains(key))
            return false;
    }
    return true;
}

bool ImportInput::isBrokenJsonWith(std::initializer_list<QByteArrayView> markers) const
{
    const QByteArray trimmed = m_data.trimmed();
    if (json() || !(trimmed.startsWith('{') || trimmed.startsWith('[')))
        return false;
    for (QByteArrayView marker : markers) {
        if (!m_data.contains(marker))
            return false;
    }
    return true;
}

bool ImportInput::nestsDeeperThan(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

} // namespace twofold
