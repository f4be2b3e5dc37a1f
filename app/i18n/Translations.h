#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QQmlEngine;
class QTranslator;

namespace twofold {

class Settings;

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

    // Applies settings.language() now and whenever it changes, and then re-evaluates the engine's qsTr()
    // bindings: the window switches language without a restart. This object must outlive the engine.
    void follow(const Settings &settings, QQmlEngine &engine);

    QLocale locale() const { return m_locale; }

private:
    void install(const QLocale &locale, const QString &name, const QString &directory);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QString m_language;
    QLocale m_locale;
    bool m_applied = false;
};

} // namespace twofold
