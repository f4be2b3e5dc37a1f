// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"

#include <QDBusMessage>
#include <QObject>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace twofold {

class Settings;

// The quick-copy shortcut through the desktop's GlobalShortcuts portal (org.freedesktop.portal.
// GlobalShortcuts: KDE Plasma, GNOME 48 and later; not xdg-desktop-portal-wlr). Registering makes a portal
// session, which lasts as long as this process's bus connection, and binds one shortcut in it, asking for
// Ctrl+Alt+C (the desktop may ask the user, or choose another); its Activated signal opens quick copy.
// Once registered, each start binds it again. Where there is no portal, the settings say so and show the
// command to bind in the desktop's keyboard settings instead. Nothing is asked of the bus until the
// settings look or a registered shortcut is bound again at start.
class ShortcutPortal : public QObject, public QmlInstance<ShortcutPortal>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString trigger READ trigger NOTIFY changed)
    Q_PROPERTY(QString command READ command CONSTANT)

public:
    enum State
    {
        Unknown, // not asked yet
        Probing, // asking whether the portal is there
        Absent,  // no GlobalShortcuts portal on this desktop
        Unbound, // the portal is there; no shortcut registered
        Binding, // registering (the desktop may be asking the user)
        Bound,   // registered: trigger() says which keys
        Failed   // the portal refused or failed
    };
    Q_ENUM(State)

    // Not default-constructible, so QML takes the one instance through create().
    explicit ShortcutPortal(Settings &settings, QObject *parent = nullptr);
    ~ShortcutPortal() override;

    // The running app's instance (set by the desktop shell); without one (a test of the window alone),
    // QML gets one of its own that does everything but open quick copy.
    static ShortcutPortal *create(QQmlEngine *engine, QJSEngine *scripts);

    static QString shortcutId() { return QStringLiteral("quick-copy"); }
    static QString preferredTrigger() { return QStringLiteral("CTRL+ALT+C"); }
    static QString command() { return QStringLiteral("twofold --quick-copy"); }

    State state() const { return m_state; }
    // The keys the desktop bound, as it describes them ("Ctrl+Alt+C"); empty when none.
    QString trigger() const { return m_trigger; }

    // Asks whether the portal is there (once; the settings call it when they show).
    Q_INVOKABLE void probe();
    // Registers the shortcut (remembered: bound again at each start).
    Q_INVOKABLE void bind();
    // Ends the portal session, which releases the shortcut, and forgets it.
    Q_INVOKABLE void unbind();
    // Puts command() on the clipboard, to paste into the desktop's keyboard settings.
    Q_INVOKABLE void copyCommand() const;
    // At start: binds again if the user registered the shortcut.
    void restore();

Q_SIGNALS:
    void changed();
    // The shortcut was pressed; `activationToken` lets the popup take the focus on Wayland (may be empty).
    void activated(const QString &activationToken);

private Q_SLOTS:
    void onActivated(const QDBusMessage &message);
    void onShortcutsChanged(const QDBusMessage &message);

private:
    void setState(State state);
    void createSession();
    void bindShortcut();
    void listShortcuts();
    void showTrigger(const QVariant &shortcuts);

    Settings &m_settings;
    State m_state = Unknown;
    QString m_session; // the portal session's object path; empty when there is none
    QString m_trigger;
};

} // namespace twofold
