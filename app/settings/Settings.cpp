// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "i18n/Translations.h"

#include <QJSEngine>
#include <QMetaProperty>

#include <array>

namespace twofold {

namespace {

Settings *s_instance = nullptr;

// One stored preference: its key in twofold.conf, the Q_PROPERTY that shows it (null: C++ only), its
// default and, for numbers, the bounds it is kept within.
struct Entry
{
    const char *key;
    const char *property;
    int fallback = 0;
    int min = 0;
    int max = 0;
};

// In the order of Settings::Key.
constexpr std::array entries{
    Entry{"clipboard/clearSeconds", "clipboardClearSeconds", 30, 5, 600},
    Entry{"lock/idleMinutes", "autoLockMinutes", 5, 0, 240}, // 0: never
    Entry{"lock/onScreenLock", "lockOnScreenLock", true},
    Entry{"codes/showNext", "showNextCode", true},
    Entry{"codes/hideUntilClicked", "hideCodes", false},
    Entry{"appearance/theme", "theme", Settings::SystemTheme, Settings::SystemTheme, Settings::DarkTheme},
    Entry{"accounts/sortOrder", "sortOrder", AccountSort::ByIssuer, AccountSort::ByIssuer,
          AccountSort::Manual},
    Entry{"backup/folder", "backupFolder"},
    Entry{"backup/count", "backupCount", 10, 1, 100},
    Entry{"backup/reminderDays", "backupReminderDays", 30, 0, 365}, // 0: never remind
    Entry{"tray/closeToTray", "closeToTray", true},
    Entry{"window/minimizeWithoutTray", "minimizeWithoutTray", false}, // where no tray host runs
    Entry{"tray/startMinimized", "startMinimized", false},
    Entry{"qr/camera", "camera"},
    Entry{Translations::languageKey, "language"},
    Entry{"appearance/hardwareRendering", nullptr, false},
    Entry{"tray/noticeShown", nullptr, false},
    Entry{"shortcut/quickCopy", nullptr, false},
};

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

int Settings::number(Key key) const
{
    const Entry &entry = entries[size_t(key)];
    return std::clamp(m_settings->value(QLatin1String(entry.key), entry.fallback).toInt(), entry.min,
                      entry.max);
}

bool Settings::flag(Key key) const
{
    const Entry &entry = entries[size_t(key)];
    return m_settings->value(QLatin1String(entry.key), bool(entry.fallback)).toBool();
}

QString Settings::text(Key key) const
{
    return m_settings->value(QLatin1String(entries[size_t(key)].key)).toString();
}

void Settings::store(Key key, const QVariant &value)
{
    const Entry &entry = entries[size_t(key)];
    const QVariant kept =
        value.typeId() == QMetaType::Int ? QVariant(std::clamp(value.toInt(), entry.min, entry.max)) : value;
    if (m_settings->value(QLatin1String(entry.key)) == kept)
        return;
    m_settings->setValue(QLatin1String(entry.key), kept);
    m_settings->sync();
    if (entry.property) {
        const QMetaObject *type = metaObject();
        type->property(type->indexOfProperty(entry.property)).notifySignal().invoke(this);
    }
    Q_EMIT changed();
}

int Settings::clipboardClearSeconds() const
{
    return number(Key::ClipboardClearSeconds);
}
void Settings::setClipboardClearSeconds(int seconds)
{
    store(Key::ClipboardClearSeconds, seconds);
}

int Settings::autoLockMinutes() const
{
    return number(Key::AutoLockMinutes);
}
void Settings::setAutoLockMinutes(int minutes)
{
    store(Key::AutoLockMinutes, minutes);
}

bool Settings::lockOnScreenLock() const
{
    return flag(Key::LockOnScreenLock);
}
void Settings::setLockOnScreenLock(bool lock)
{
    store(Key::LockOnScreenLock, lock);
}

bool Settings::showNextCode() const
{
    return flag(Key::ShowNextCode);
}
void Settings::setShowNextCode(bool show)
{
    store(Key::ShowNextCode, show);
}

bool Settings::hideCodes() const
{
    return flag(Key::HideCodes);
}
void Settings::setHideCodes(bool hide)
{
    store(Key::HideCodes, hide);
}

Settings::Theme Settings::theme() const
{
    return Theme(number(Key::Theme));
}
void Settings::setTheme(Theme theme)
{
    store(Key::Theme, int(theme));
}

AccountSort::Order Settings::sortOrder() const
{
    return AccountSort::Order(number(Key::SortOrder));
}
void Settings::setSortOrder(AccountSort::Order order)
{
    store(Key::SortOrder, int(order));
}

QString Settings::backupFolder() const
{
    return text(Key::BackupFolder);
}
void Settings::setBackupFolder(const QString &folder)
{
    store(Key::BackupFolder, folder);
}
void Settings::chooseBackupFolder(const QUrl &folder)
{
    setBackupFolder(folder.toLocalFile());
}

int Settings::backupCount() const
{
    return number(Key::BackupCount);
}
void Settings::setBackupCount(int count)
{
    store(Key::BackupCount, count);
}

int Settings::backupReminderDays() const
{
    return number(Key::BackupReminderDays);
}
void Settings::setBackupReminderDays(int days)
{
    store(Key::BackupReminderDays, days);
}

bool Settings::closeToTray() const
{
    return flag(Key::CloseToTray);
}
void Settings::setCloseToTray(bool keep)
{
    store(Key::CloseToTray, keep);
}

bool Settings::minimizeWithoutTray() const
{
    return flag(Key::MinimizeWithoutTray);
}

void Settings::setMinimizeWithoutTray(bool minimize)
{
    store(Key::MinimizeWithoutTray, minimize);
}

bool Settings::startMinimized() const
{
    return flag(Key::StartMinimized);
}
void Settings::setStartMinimized(bool minimized)
{
    store(Key::StartMinimized, minimized);
}

QString Settings::camera() const
{
    return text(Key::Camera);
}
void Settings::setCamera(const QString &id)
{
    store(Key::Camera, id);
}

QString Settings::language() const
{
    return Translations::chosenLanguage(*m_settings);
}
void Settings::setLanguage(const QString &language)
{
    store(Key::Language, languages().contains(language) ? language : QString());
}
QStringList Settings::languages()
{
    return Translations::languages();
}

bool Settings::hardwareRendering() const
{
    return flag(Key::HardwareRendering);
}
void Settings::setHardwareRendering(bool enabled)
{
    store(Key::HardwareRendering, enabled);
}

bool Settings::trayNoticeShown() const
{
    return flag(Key::TrayNoticeShown);
}
void Settings::setTrayNoticeShown(bool shown)
{
    store(Key::TrayNoticeShown, shown);
}
bool Settings::quickCopyShortcut() const
{
    return flag(Key::QuickCopyShortcut);
}
void Settings::setQuickCopyShortcut(bool bound)
{
    store(Key::QuickCopyShortcut, bound);
}

} // namespace twofold
