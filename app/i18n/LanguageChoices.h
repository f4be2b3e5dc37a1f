// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/TranslatedListModel.h"

#include <QtQmlIntegration>

namespace twofold {

// The languages the settings dialog offers: first "follow the system", then each shipped language named in
// itself, so people can find theirs whatever is showing now. Maps rows to Settings::language() codes.
class LanguageChoices : public TranslatedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using TranslatedListModel::TranslatedListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "" (follow the system), "en", "de" or "fr"; "" out of range.
    Q_INVOKABLE QString code(int row) const;
    // The row of a Settings::language() value; anything not offered is "follow the system" (row 0).
    Q_INVOKABLE int rowOf(const QString &code) const;
};

} // namespace twofold
