// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageChoices.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QHash>

namespace twofold {

int LanguageChoices::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Translations::languages().size()) + 1;
}

QVariant LanguageChoices::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.row() < 0 || index.row() >= rowCount())
        return {};
    if (index.row() == 0)
        //: The user interface language follows the desktop's language
        return QCoreApplication::translate("SettingsDialog", "Follow the system", "language");
    // Not QLocale::nativeLanguageName(): it says "American English" and "français".
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    const QString language = code(index.row());
    return names.value(language, language);
}

QString LanguageChoices::code(int row) const
{
    const QStringList languages = Translations::languages();
    return row >= 1 && row <= languages.size() ? languages.at(row - 1) : QString();
}

int LanguageChoices::rowOf(const QString &code) const
{
    const qsizetype at = Translations::languages().indexOf(code);
    return at < 0 ? 0 : int(at) + 1;
}

} // namespace twofold
