// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <limits>

namespace twofold {

int JsonFields::positive(const QJsonObject &object, QLatin1StringView key, int absent)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return absent;
    const qint64 number = value.toInteger(-1);
    return number > 0 && number <= std::numeric_limits<int>::max() ? int(number) : -1;
}

std::optional<quint64> JsonFields::counter(const QJsonObject &object, QLatin1StringView key)
{
    const qint64 number = object.value(key).toInteger(-1);
    return number >= 0 ? std::optional<quint64>(quint64(number)) : std::nullopt;
}

void JsonFields::addTag(QStringList &tags, const QString &name)
{
    const QString tag = name.trimmed();
    if (!tag.isEmpty() && !tags.contains(tag))
        tags.append(tag);
}

} // namespace twofold
