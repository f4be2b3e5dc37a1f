// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "twofold.i18n", QtInfoMsg)

namespace twofold {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

bool Translations::apply(const QString &language)
{
    if (m_applied && language == m_language)
        return false;
    m_applied = true;
    m_language = language;
    m_locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(m_locale);

    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();

    // Installed last is asked first: the English plural forms only answer what nothing else translates.
    install(QLocale(QLocale::English), QStringLiteral("twofold"), QStringLiteral(":/i18n"));
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(m_locale, QStringLiteral("qtbase"), qtDirectory);
    install(m_locale, QStringLiteral("qtdeclarative"), qtDirectory);
    install(m_locale, QStringLiteral("twofold"), QStringLiteral(":/i18n"));
    return true;
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::chosenLanguage(const QSettings &store)
{
    const QString language = store.value(QLatin1String(languageKey)).toString();
    return languages().contains(language) ? language : QString();
}

void Translations::install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        qCDebug(lcTranslations) << "no" << name << "translation for" << locale.uiLanguages();
        return;
    }
    // In English the plural forms are already installed underneath; the same file is not installed twice.
    for (const auto &installed : m_translators)
        if (installed->filePath() == translator->filePath())
            return;
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
}

} // namespace twofold
