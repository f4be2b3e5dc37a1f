#include "settings/Settings.h"

#include <QJSEngine>

namespace twofold {

namespace {
Settings *s_instance = nullptr;
} // namespace

Settings::Settings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings
                          : new QSettings(QStringLiteral("twofold"), QStringLiteral("twofold"), this))
{}

void Settings::setInstance(Settings *instance)
{
    s_instance = instance;
}

Settings *Settings::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Settings::create", "main.cpp must call setInstance() before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QVariant Settings::value(const char *key, const QVariant &fallback) const
{
    return m_settings->value(QLatin1String(key), fallback);
}

void Settings::setValue(const char *key, const QVariant &value)
{
    if (m_settings->value(QLatin1String(key)) == value)
        return;
    m_settings->setValue(QLatin1String(key), value);
    m_settings->sync();
    Q_EMIT changed();
}

int Settings::clipboardClearSeconds() const
{
    return std::clamp(value("clipboard/clearSeconds", 30).toInt(), 5, 600);
}
void Settings::setClipboardClearSeconds(int seconds)
{
    setValue("clipboard/clearSeconds", std::clamp(seconds, 5, 600));
}

int Settings::autoLockMinutes() const
{
    return std::clamp(value("lock/idleMinutes", 5).toInt(), 0, 240);
}
void Settings::setAutoLockMinutes(int minutes)
{
    setValue("lock/idleMinutes", std::clamp(minutes, 0, 240));
}

bool Settings::lockOnScreenLock() const
{
    return value("lock/onScreenLock", true).toBool();
}
void Settings::setLockOnScreenLock(bool lock)
{
    setValue("lock/onScreenLock", lock);
}

bool Settings::showNextCode() const
{
    return value("codes/showNext", true).toBool();
}
void Settings::setShowNextCode(bool show)
{
    setValue("codes/showNext", show);
}

bool Settings::hideCodes() const
{
    return value("codes/hideUntilClicked", false).toBool();
}
void Settings::setHideCodes(bool hide)
{
    setValue("codes/hideUntilClicked", hide);
}

Settings::Theme Settings::theme() const
{
    return Theme(std::clamp(value("appearance/theme", int(SystemTheme)).toInt(), 0, int(DarkTheme)));
}
void Settings::setTheme(Theme theme)
{
    setValue("appearance/theme", int(theme));
}

Settings::SortOrder Settings::sortOrder() const
{
    return SortOrder(std::clamp(value("accounts/sortOrder", int(ByIssuer)).toInt(), 0, int(RecentlyUsed)));
}
void Settings::setSortOrder(SortOrder order)
{
    setValue("accounts/sortOrder", int(order));
}

QStringList Settings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Settings::language() const
{
    const QString language = value("appearance/language", QString()).toString();
    return languages().contains(language) ? language : QString();
}
void Settings::setLanguage(const QString &language)
{
    setValue("appearance/language", languages().contains(language) ? language : QString());
}

} // namespace twofold
