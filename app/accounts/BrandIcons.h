// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QString>

#include <optional>

namespace twofold {

// The brand glyphs shipped in resources/brands (Simple Icons, CC0; scripts/update-brand-icons) and which one,
// if any, an account shows instead of its monogram.
class BrandIcons
{
public:
    struct Brand
    {
        QString url; // qrc URL of the glyph, for an Image
        QColor colour;
    };

    static const BrandIcons &instance();

    // An explicit "brand:<slug>" in the account's icon field wins; otherwise the issuer names the brand,
    // compared by letters and digits only, so "Proton Mail", "protonmail" and "Battle.net" all match; failing
    // that, its first word ("GitHub Enterprise") when that has four letters or more.
    std::optional<Brand> find(const QString &icon, const QString &issuer) const;

private:
    BrandIcons();
    static QString key(const QString &name);

    QHash<QString, Brand> m_bySlug;
    QHash<QString, Brand> m_byName;
};

} // namespace twofold
