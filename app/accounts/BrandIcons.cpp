// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/BrandIcons.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace twofold {

const BrandIcons &BrandIcons::instance()
{
    static const BrandIcons icons;
    return icons;
}

BrandIcons::BrandIcons()
{
    QFile index(QStringLiteral(":/resources/brands/brands.json"));
    if (!index.open(QIODevice::ReadOnly))
        return; // no brands: every account keeps its monogram
    const QJsonObject brands = QJsonDocument::fromJson(index.readAll()).object();
    for (auto it = brands.begin(); it != brands.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const Brand brand{QStringLiteral("qrc:/resources/brands/%1.svg").arg(it.key()),
                          QColor(entry.value(QLatin1String("colour")).toString())};
        m_bySlug.insert(it.key(), brand);
        m_byName.insert(key(it.key()), brand);
        for (const auto name : entry.value(QLatin1String("names")).toArray())
            m_byName.insert(key(name.toString()), brand);
    }
}

QString BrandIcons::key(const QString &name)
{
    QString letters;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            letters += c.toLower();
    return letters;
}

std::optional<BrandIcons::Brand> BrandIcons::find(const QString &icon, const QString &issuer) const
{
    static const QLatin1String prefix("brand:");
    if (icon.startsWith(prefix))
        if (const auto it = m_bySlug.constFind(icon.mid(prefix.size())); it != m_bySlug.cend())
            return *it;
    const QString wanted = key(issuer);
    if (wanted.isEmpty())
        return std::nullopt;
    if (const auto it = m_byName.constFind(wanted); it != m_byName.cend())
        return *it;
    // "GitHub Enterprise", "Google (Work)": the first word, if it is long enough not to match by accident.
    const QString first = key(
        issuer.section(QRegularExpression(QStringLiteral("[\\s(/,:-]+")), 0, 0, QString::SectionSkipEmpty));
    if (first.size() >= 4)
        if (const auto it = m_byName.constFind(first); it != m_byName.cend())
            return *it;
    return std::nullopt;
}

} // namespace twofold
