// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace twofold {

// Preferences only — never a secret, code or account name (SECURITY item 23). Stored with QSettings in
// ~/.config/twofold/twofold.conf; each change is written at once.
class Settings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(
        int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY changed)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY changed)
    Q_PROPERTY(bool lockOnScreenLock READ lockOnScreenLock WRITE setLockOnScreenLock NOTIFY changed)
    Q_PROPERTY(bool showNextCode READ showNextCode WRITE setShowNextCode NOTIFY changed)
    Q_PROPERTY(bool hideCodes READ hideCodes WRITE setHideCodes NOTIFY changed)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY changed)
    Q_PROPERTY(QString backupFolder READ backupFolder WRITE setBackupFolder NOTIFY changed)
    Q_PROPERTY(int backupCount READ backupCount WRITE setBackupCount NOTIFY changed)
    Q_PROPERTY(int backupReminderDays READ backupReminderDays WRITE setBackupReminderDays NOTIFY changed)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY changed)
    Q_PROPERTY(bool minimizeWithoutTray READ minimizeWithoutTray WRITE setMinimizeWithoutTray NOTIFY changed)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY changed)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    Q_PROPERTY(QString camera READ camera WRITE setCamera NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)

public:
    enum Theme
    {
        SystemTheme,
        LightTheme,
        DarkTheme
    };
    Q_ENUM(Theme)
    enum SortOrder
    {
        ByIssuer,
        ByName,
        MostUsed,
        RecentlyUsed,
        Manual // the vault's own order, changed by dragging
    };
    Q_ENUM(SortOrder)

    // `settings` lets tests use a scratch file; the app passes null for its own file. Deliberately not
    // default-constructible: Qt 6.8 would then build a second instance for QML instead of calling
    // create(), and changes made in the settings dialog would not reach the C++ side.
    explicit Settings(QSettings *settings, QObject *parent = nullptr);

    static void setInstance(Settings *instance);
    static Settings *create(QQmlEngine *, QJSEngine *);

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    int autoLockMinutes() const; // 0: never
    void setAutoLockMinutes(int minutes);
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool lock);
    bool showNextCode() const;
    void setShowNextCode(bool show);
    bool hideCodes() const;
    void setHideCodes(bool hide);
    Theme theme() const;
    void setTheme(Theme theme);
    SortOrder sortOrder() const;
    void setSortOrder(SortOrder order);
    // Closing the window keeps Twofold in the tray (when there is one).
    bool closeToTray() const;
    void setCloseToTray(bool keep);
    // Every start goes straight to the tray (when there is one).
    // Without a tray to keep it in, closing the window minimises it instead of quitting.
    bool minimizeWithoutTray() const;
    void setMinimizeWithoutTray(bool minimize);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
    // The XDG autostart entry itself is the setting: read from and written to disk (desktop/Autostart).
    bool startAtLogin() const;
    void setStartAtLogin(bool start);
    // The id of the camera last chosen for scanning QR codes (empty: the system's default).
    QString camera() const;
    void setCamera(const QString &id);
    // Draw the window with the graphics card (Qt Quick's RHI: OpenGL, Vulkan) instead of the software
    // renderer, which is the default (bench/: lighter and faster to the first frame for this window). Read
    // once at start (Appearance::chooseRenderer).
    bool hardwareRendering() const;
    void setHardwareRendering(bool enabled);
    // Whether the "still running in the tray" notice was shown; it is shown once.
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool shown);

    // Automatic backups after every change: where (empty: "backups" beside the vault) and how many are kept.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    int backupCount() const;
    void setBackupCount(int count);
    // A reminder when the newest backup is older than this (0: never remind).
    int backupReminderDays() const;
    void setBackupReminderDays(int days);
    // "" follows the system; otherwise one of languages() ("en", "de", "fr"). Anything else reads as "".
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList languages();

Q_SIGNALS:
    void changed();

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace twofold
