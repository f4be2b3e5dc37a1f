// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DesktopShell.h"

#include "instance/SingleInstance.h"
#include "settings/Settings.h"
#include "vault/VaultController.h"

namespace twofold {

DesktopShell::DesktopShell(QWindow &window, VaultController &vault, Settings &settings, QQmlEngine &engine,
                           QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_window(window, settings)
    , m_tray(vault, settings, m_window, engine)
{
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
    m_vault.setCodesOnScreen(m_window.isShown() || m_tray.quickCopy().isShown());
}

void DesktopShell::activate(const QString &link)
{
    m_window.present();
    // Locked, the window shows the unlock page; the add dialog opens on the link after unlocking.
    if (!link.isEmpty())
        m_vault.offerLink(link);
}

} // namespace twofold
