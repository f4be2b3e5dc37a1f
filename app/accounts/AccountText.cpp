// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountText.h"

#include "accounts/DisplayText.h"

namespace twofold {

namespace {

QString shortened(const QString &text)
{
    constexpr qsizetype limit = 48;
    return text.size() <= limit ? text : text.first(limit - 1) + QChar(0x2026);
}

} // namespace

QString AccountText::label(const QString &issuer, const QString &name)
{
    const QString cleanIssuer = shortened(DisplayText::clean(issuer));
    const QString cleanName = shortened(DisplayText::clean(name));
    if (cleanIssuer.isEmpty())
        return cleanName;
    if (cleanName.isEmpty())
        return cleanIssuer;
    return cleanIssuer + QStringLiteral(" (") + cleanName + QLatin1Char(')');
}

QStringList AccountText::tags(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.contains(tag))
            result << tag;
    }
    return result;
}

QString AccountText::tagText(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QString AccountText::withoutMnemonic(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace twofold
