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
        RecentlyUsed
    };
    Q_ENUM(SortOrder)

    // `settings` lets tests use a scratch file; the app passes nullptr for the user's file. Deliberately no
    // default constructor: QML would call it for its own second instance instead of create().
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
