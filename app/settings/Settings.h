// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSort.h"

#include <QObject>
#include <QSettings>
#include <QUrl>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace twofold {

// Preferences only — never a secret, code or account name. Stored with QSettings in
// ~/.config/twofold/twofold.conf; each change is written at once.
class Settings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY
                   clipboardClearSecondsChanged)
    Q_PROPERTY(
        int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(
        bool lockOnScreenLock READ lockOnScreenLock WRITE setLockOnScreenLock NOTIFY lockOnScreenLockChanged)
    Q_PROPERTY(bool showNextCode READ showNextCode WRITE setShowNextCode NOTIFY showNextCodeChanged)
    Q_PROPERTY(bool hideCodes READ hideCodes WRITE setHideCodes NOTIFY hideCodesChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(
        twofold::AccountSort::Order sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(QString backupFolder READ backupFolder WRITE setBackupFolder NOTIFY backupFolderChanged)
    Q_PROPERTY(int backupCount READ backupCount WRITE setBackupCount NOTIFY backupCountChanged)
    Q_PROPERTY(int backupReminderDays READ backupReminderDays WRITE setBackupReminderDays NOTIFY
                   backupReminderDaysChanged)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    Q_PROPERTY(bool minimizeWithoutTray READ minimizeWithoutTray WRITE setMinimizeWithoutTray NOTIFY
                   minimizeWithoutTrayChanged)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY startMinimizedChanged)
    Q_PROPERTY(QString camera READ camera WRITE setCamera NOTIFY cameraChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Theme
    {
        SystemTheme,
        LightTheme,
        DarkTheme
    };
    Q_ENUM(Theme)

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
    AccountSort::Order sortOrder() const;
    void setSortOrder(AccountSort::Order order);
    // Closing the window keeps Twofold in the tray (when there is one).
    bool closeToTray() const;
    void setCloseToTray(bool keep);
    // Every start goes straight to the tray (when there is one).
    // Without a tray to keep it in, closing the window minimises it instead of quitting.
    bool minimizeWithoutTray() const;
    void setMinimizeWithoutTray(bool minimize);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
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
    // A quick-copy shortcut was registered through the desktop's GlobalShortcuts portal: bound again at
    // start.
    bool quickCopyShortcut() const;
    void setQuickCopyShortcut(bool bound);

    // Automatic backups after every change: where (empty: "backups" beside the vault) and how many are kept.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    // The folder a folder dialog chose (a file:// URL).
    Q_INVOKABLE void chooseBackupFolder(const QUrl &folder);
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
    void clipboardClearSecondsChanged();
    void autoLockMinutesChanged();
    void lockOnScreenLockChanged();
    void showNextCodeChanged();
    void hideCodesChanged();
    void themeChanged();
    void sortOrderChanged();
    void backupFolderChanged();
    void backupCountChanged();
    void backupReminderDaysChanged();
    void closeToTrayChanged();
    void minimizeWithoutTrayChanged();
    void startMinimizedChanged();
    void cameraChanged();
    void languageChanged();
    // After any change, and after that preference's own signal.
    void changed();

private:
    // The stored preferences, in the order of the key table in Settings.cpp.
    enum class Key
    {
        ClipboardClearSeconds,
        AutoLockMinutes,
        LockOnScreenLock,
        ShowNextCode,
        HideCodes,
        Theme,
        SortOrder,
        BackupFolder,
        BackupCount,
        BackupReminderDays,
        CloseToTray,
        MinimizeWithoutTray,
        StartMinimized,
        Camera,
        Language,
        HardwareRendering,
        TrayNoticeShown,
        QuickCopyShortcut,
    };
    // Numbers are clamped to their bounds on read and on write; flags and texts are taken as stored.
    int number(Key key) const;
    bool flag(Key key) const;
    QString text(Key key) const;
    void store(Key key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace twofold
