// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "desktop/Autostart.h"
#include "i18n/Translations.h"

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

QString Settings::backupFolder() const
{
    return value("backup/folder", QString()).toString();
}
void Settings::setBackupFolder(const QString &folder)
{
    setValue("backup/folder", folder);
}

int Settings::backupCount() const
{
    return std::clamp(value("backup/count", 10).toInt(), 1, 100);
}
void Settings::setBackupCount(int count)
{
    setValue("backup/count", std::clamp(count, 1, 100));
}

int Settings::backupReminderDays() const
{
    return std::clamp(value("backup/reminderDays", 30).toInt(), 0, 365);
}
void Settings::setBackupReminderDays(int days)
{
    setValue("backup/reminderDays", std::clamp(days, 0, 365));
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
    return SortOrder(std::clamp(value("accounts/sortOrder", int(ByIssuer)).toInt(), 0, int(Manual)));
}
void Settings::setSortOrder(SortOrder order)
{
    setValue("accounts/sortOrder", int(order));
}

bool Settings::hardwareRendering() const
{
    return value("appearance/hardwareRendering", false).toBool();
}

void Settings::setHardwareRendering(bool enabled)
{
    setValue("appearance/hardwareRendering", enabled);
}

QString Settings::camera() const
{
    return value("qr/camera", QString()).toString();
}

void Settings::setCamera(const QString &id)
{
    setValue("qr/camera", id);
}

bool Settings::closeToTray() const
{
    return value("tray/closeToTray", true).toBool();
}
void Settings::setCloseToTray(bool keep)
{
    setValue("tray/closeToTray", keep);
}

bool Settings::minimizeWithoutTray() const
{
    return value("window/minimizeWithoutTray", false).toBool();
}

void Settings::setMinimizeWithoutTray(bool minimize)
{
    setValue("window/minimizeWithoutTray", minimize);
}

bool Settings::startMinimized() const
{
    return value("tray/startMinimized", false).toBool();
}
void Settings::setStartMinimized(bool minimized)
{
    setValue("tray/startMinimized", minimized);
}

bool Settings::startAtLogin() const
{
    return Autostart::isEnabled();
}
void Settings::setStartAtLogin(bool start)
{
    if (start == Autostart::isEnabled())
        return;
    Autostart::setEnabled(start); // on failure it logs why; the file on disk stays the truth either way
    Q_EMIT changed();
}

bool Settings::trayNoticeShown() const
{
    return value("tray/noticeShown", false).toBool();
}
void Settings::setTrayNoticeShown(bool shown)
{
    setValue("tray/noticeShown", shown);
}

QStringList Settings::languages()
{
    return Translations::languages();
}

QString Settings::language() const
{
    return Translations::chosenLanguage(*m_settings);
}
void Settings::setLanguage(const QString &language)
{
    setValue(Translations::languageKey, languages().contains(language) ? language : QString());
}

} // namespace twofold
