// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/MainWindow.h"
#include "shortcut/ShortcutPortal.h"
#include "start/StartOptions.h"
#include "tray/TrayController.h"

#include <QObject>

class QQmlEngine;
class QWindow;

namespace twofold {

class SingleInstance;
class Settings;
class VaultParts;

// The running app on the desktop, wired together: the main window's comings and goings, the tray, and what
// another start asks for (raise the window; review an otpauth:// link; quick copy), and the quick-copy
// shortcut of the GlobalShortcuts portal. main.cpp and the end-to-end tests build the same one. It also
// tells the code clock when codes are on screen: hidden or minimised, with quick copy closed, the app does
// no periodic work.
class DesktopShell : public QObject
{
    Q_OBJECT

public:
    DesktopShell(QWindow &window, VaultParts &vault, Settings &settings, QQmlEngine &engine,
                 QObject *parent = nullptr);

    // Requests from later starts raise the window and hand links to the add dialog.
    void serve(SingleInstance &instance);
    // Shows the window (or keeps it in the tray) and offers the link given on the command line, or opens
    // quick copy.
    void start(const StartOptions &options);
    // Opens quick copy. Locked, the window asks for the password first and quick copy opens once unlocked;
    // a window shown only for that goes back out of the way. `activationToken` (Wayland) lets the popup or
    // the window take the focus although this process has none.
    void quickCopy(const QString &activationToken = {});

    MainWindow &mainWindow() { return m_window; }
    TrayController &tray() { return m_tray; }
    ShortcutPortal &shortcut() { return m_shortcut; }

private:
    void activate(const QString &link, bool wantsQuickCopy, const QString &activationToken);
    void openQuickCopyAfterUnlock();
    void updateCodesOnScreen();

    VaultParts &m_vault;
    Settings &m_settings;
    MainWindow m_window;
    TrayController m_tray;
    ShortcutPortal m_shortcut;
    bool m_quickCopyAfterUnlock = false;
    bool m_stowAfterUnlock = false;
};

} // namespace twofold
