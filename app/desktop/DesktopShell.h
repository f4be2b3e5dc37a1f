// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/MainWindow.h"
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
// another start asks for (raise the window; review an otpauth:// link). main.cpp and the end-to-end tests
// build the same one. It also tells the code clock when codes are on screen: hidden or minimised, with
// quick copy closed, the app does no periodic work.
class DesktopShell : public QObject
{
    Q_OBJECT

public:
    DesktopShell(QWindow &window, VaultParts &vault, Settings &settings, QQmlEngine &engine,
                 QObject *parent = nullptr);

    // Requests from later starts raise the window and hand links to the add dialog.
    void serve(SingleInstance &instance);
    // Shows the window (or keeps it in the tray) and offers the link given on the command line.
    void start(const StartOptions &options);

    MainWindow &mainWindow() { return m_window; }
    TrayController &tray() { return m_tray; }

private:
    void activate(const QString &link);
    void updateCodesOnScreen();

    VaultParts &m_vault;
    Settings &m_settings;
    MainWindow m_window;
    TrayController m_tray;
};

} // namespace twofold
