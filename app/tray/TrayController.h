// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clipboard/WaylandCopy.h"
#include "tray/QuickCopyPopup.h"
#include "vault/VaultSession.h"

#include <QAction>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

class QQmlEngine;

namespace twofold {

class CodeCopier;
class Settings;

// The tray icon (StatusNotifierItem where the desktop has a watcher, XEmbed otherwise): a monochrome icon
// that shows whether the vault is locked, and a menu that copies a code in one click — through the same
// copy path as the window — and says so in a notification that never contains the code. Locked, the menu
// offers only Unlock…, Show/Hide and Quit. The menu is rebuilt when the accounts or the lock state change.
// It knows no window: it asks for one (signals) and is told whether it is shown; the desktop shell wires
// both.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(VaultSession &vault, CodeCopier &copier, Settings &settings, QQmlEngine &engine,
                   QObject *parent = nullptr);
    ~TrayController() override;

    // Whether the desktop has a tray for the icon now.
    static bool available();

    // Copies the account's code and shows the notification that says so.
    void copy(const QString &uuid);
    void showQuickCopy();
    // The main window was shown or hidden (the Show/Hide item follows), or closed into the tray.
    void setWindowShown(bool shown);
    void sayKeptInTray();

    // For tests: the real icon and its menu, and the quick copy window once opened.
    QSystemTrayIcon &icon() { return m_icon; }
    QMenu &menu() { return m_menu; }
    QuickCopyPopup &quickCopy() { return m_quickCopy; }

Q_SIGNALS:
    // A notification was shown (title and text; tests read it, as nothing else shows it off the desktop).
    void notified(const QString &title, const QString &text);
    // The main window is wanted: shown and raised (Unlock…), or shown or hidden (Show/Hide, a click).
    void presentRequested();
    void toggleRequested();

private:
    void copyNow(const QString &uuid);
    void rebuildMenu();
    void rebuildWhenClosed();
    void updateIcon();
    void notify(const QString &title, const QString &text = {});

    VaultSession &m_vault;
    CodeCopier &m_copier;
    Settings &m_settings;
    QuickCopyPopup m_quickCopy;
    WaylandCopy m_focusedCopy;
    QMenu m_menu;
    QSystemTrayIcon m_icon;
    QTimer m_rebuild;
    VaultSession::State m_menuState = VaultSession::NoVault;
    bool m_rebuildPending = false;
    QAction m_unlockAction;
    QAction m_quickCopyAction;
    QAction m_lockAction;
    QAction m_showAction;
    QAction m_quitAction;
};

} // namespace twofold
