// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DesktopShell.h"

#include "desktop/VaultParts.h"
#include "instance/SingleInstance.h"
#include "settings/Settings.h"

namespace twofold {

DesktopShell::DesktopShell(QWindow &window, VaultParts &vault, Settings &settings, QQmlEngine &engine,
                           QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_window(window, settings)
    , m_tray(vault.session(), vault.copier(), settings, engine)
{
    m_window.setTrayAvailable([] { return TrayController::available(); });
    connect(&m_tray, &TrayController::presentRequested, &m_window, &MainWindow::present);
    connect(&m_tray, &TrayController::toggleRequested, &m_window, &MainWindow::toggle);
    connect(&m_window, &MainWindow::keptInTray, &m_tray, &TrayController::sayKeptInTray);
    connect(&m_window, &MainWindow::shownChanged, &m_tray,
            [this] { m_tray.setWindowShown(m_window.isShown()); });
    m_tray.setWindowShown(m_window.isShown());
    connect(&m_window, &MainWindow::shownChanged, this, &DesktopShell::updateCodesOnScreen);
    connect(&m_tray.quickCopy(), &QuickCopyPopup::shownChanged, this, &DesktopShell::updateCodesOnScreen);
    updateCodesOnScreen();
}

void DesktopShell::serve(SingleInstance &instance)
{
    connect(&instance, &SingleInstance::activated, this, &DesktopShell::activate);
}

void DesktopShell::start(const StartOptions &options)
{
    m_window.start(options.minimized || m_settings.startMinimized());
    if (!options.link.isEmpty())
        activate(options.link);
}

void DesktopShell::updateCodesOnScreen()
{
    m_vault.clock().setOnScreen(m_window.isShown() || m_tray.quickCopy().isShown());
}

void DesktopShell::activate(const QString &link)
{
    m_window.present();
    // Locked, the window shows the unlock page; the add dialog opens on the link after unlocking.
    if (!link.isEmpty())
        m_vault.session().offerLink(link);
}

} // namespace twofold
