// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace twofold {

// Reading the loosely typed numbers and lists of other apps' JSON the same way in every importer.
class JsonFields
{
public:
    // A whole number above zero (digits, period): `absent` when the key is missing or null, -1 when the value
    // is anything else (text, a fraction, zero, out of range), so OtpParameters rejects the entry with the
    // value's own error instead of a default quietly replacing it.
    [[nodiscard]] static int positive(const QJsonObject &object, QLatin1StringView key, int absent);
    // A HOTP counter: nullopt when missing, negative or not a whole number.
    [[nodiscard]] static std::optional<quint64> counter(const QJsonObject &object, QLatin1StringView key);
    // Appends a group name as a tag: trimmed, empty and repeated names skipped.
    static void addTag(QStringList &tags, const QString &name);
};

} // namespace twofold
