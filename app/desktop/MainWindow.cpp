// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MainWindow.h"

#include "settings/Settings.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QWindow>

namespace twofold {

MainWindow::MainWindow(QWindow &window, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    // Quitting is decided here (closing the window, or Quit in the tray), not by "the last window closed":
    // with the window in the tray, closing the quick copy popup would otherwise end the app.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window.installEventFilter(this);
    connect(&m_window, &QWindow::visibleChanged, this, &MainWindow::shownChanged);
    connect(&m_window, &QWindow::windowStateChanged, this, &MainWindow::shownChanged);
}

bool MainWindow::isShown() const
{
    return m_window.isVisible() && !(m_window.windowStates() & Qt::WindowMinimized);
}

void MainWindow::present()
{
    m_window.setWindowStates(m_window.windowStates() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.requestActivate();
}

void MainWindow::hide()
{
    m_window.hide();
}

void MainWindow::toggle()
{
    if (isShown())
        hide();
    else
        present();
}

void MainWindow::start(bool minimized)
{
    if (minimized)
        stow();
    else
        present();
}

void MainWindow::stow()
{
    if (m_trayAvailable())
        hide();
    else
        m_window.showMinimized(); // no tray to hide in: the taskbar has to do
}

bool MainWindow::keepsRunningInTray() const
{
    return m_settings.closeToTray() && m_trayAvailable();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    if (!keepsRunningInTray()) {
        // Wayland hook: with no tray to keep it in, minimised (the user's choice) or quit, never hidden.
        if (!m_trayAvailable() && m_settings.minimizeWithoutTray()) {
            event->ignore();
            m_window.showMinimized();
            return true;
        }
        QCoreApplication::quit();
        return false;
    }
    event->ignore();
    hide();
    Q_EMIT keptInTray();
    return true;
}

} // namespace twofold
