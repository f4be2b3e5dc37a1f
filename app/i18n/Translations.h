// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;
class QTranslator;

namespace twofold {

// The translators of the running application: Qt's own (qt_*.qm from the system's Qt translations), Twofold's
// (compiled into :/i18n) and, always underneath them, Twofold's English plural forms, so "%n account(s)"
// reads "1 account" in English and in every language without a translation. GUI thread only.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // `language` is a Settings::language() value: "" follows the system, otherwise a code such as "de".
    // Replaces the installed translators and the default QLocale (number and date formats follow the
    // language too). Returns false when `language` is already applied, so callers retranslate only on a
    // change.
    bool apply(const QString &language);

    // The languages Twofold ships ("en", "de", "fr"), and the one chosen in the preferences `store`
    // (Settings::language()): "" follows the system, and so does anything not shipped. Kept here, not in
    // Settings, so the command line reads the choice without linking Qt Qml.
    static QStringList languages();
    static QString chosenLanguage(const QSettings &store);
    static constexpr char languageKey[] = "appearance/language";

    QLocale locale() const { return m_locale; }

private:
    void install(const QLocale &locale, const QString &name, const QString &directory);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QString m_language;
    QLocale m_locale;
    bool m_applied = false;
};

} // namespace twofold
