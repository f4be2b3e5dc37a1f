// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DesktopShell.h"

#include "desktop/VaultParts.h"
#include "instance/SingleInstance.h"
#include "settings/Settings.h"

#include <QGuiApplication>

namespace twofold {

namespace {
// Qt's Wayland plugin activates a window with the token in XDG_ACTIVATION_TOKEN (and then unsets it), so a
// token handed over by another start is put there just before the window asks for the focus.
void useActivationToken(const QString &token)
{
    if (!token.isEmpty() && QGuiApplication::platformName() == QLatin1String("wayland"))
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
}
} // namespace

DesktopShell::DesktopShell(QWindow &window, VaultParts &vault, Settings &settings, QQmlEngine &engine,
                           QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_window(window, settings)
    , m_tray(vault.session(), vault.copier(), settings, engine)
    , m_shortcut(settings)
{
    ShortcutPortal::setInstance(&m_shortcut);
    connect(&m_shortcut, &ShortcutPortal::activated, this,
            [this](const QString &token) { quickCopy(token); });
    connect(&m_vault.session(), &VaultSession::stateChanged, this, &DesktopShell::openQuickCopyAfterUnlock);
    // Closing the window instead of unlocking says "not now": no popup at a later unlock.
    connect(&m_window, &MainWindow::shownChanged, this, [this] {
        if (!m_window.isShown() && m_vault.session().state() != VaultSession::Unlocked)
            m_quickCopyAfterUnlock = false;
    });
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
    m_shortcut.restore();
    if (options.quickCopy) {
        quickCopy(); // this start's own activation token is in the environment already
        return;
    }
    m_window.start(options.minimized || m_settings.startMinimized());
    if (!options.link.isEmpty())
        activate(options.link, false, {});
}

void DesktopShell::quickCopy(const QString &activationToken)
{
    useActivationToken(activationToken);
    switch (m_vault.session().state()) {
    case VaultSession::Unlocked:
        m_tray.showQuickCopy();
        return;
    case VaultSession::Locked: {
        const bool wasShown = m_window.isShown();
        m_window.present(); // first: on its way up the window passes states that read as "not shown"
        if (!m_quickCopyAfterUnlock)
            m_stowAfterUnlock = !wasShown;
        m_quickCopyAfterUnlock = true;
        return;
    }
    case VaultSession::NoVault:
        m_window.present(); // nothing to copy yet: the window makes the vault
        return;
    }
}

void DesktopShell::openQuickCopyAfterUnlock()
{
    if (!m_quickCopyAfterUnlock || m_vault.session().state() != VaultSession::Unlocked)
        return;
    m_quickCopyAfterUnlock = false;
    // The popup first, while the window still has the focus to hand on (Wayland), then the window goes.
    m_tray.showQuickCopy();
    if (m_stowAfterUnlock)
        m_window.stow();
}

void DesktopShell::updateCodesOnScreen()
{
    m_vault.clock().setOnScreen(m_window.isShown() || m_tray.quickCopy().isShown());
}

void DesktopShell::activate(const QString &link, bool wantsQuickCopy, const QString &activationToken)
{
    if (wantsQuickCopy) {
        quickCopy(activationToken);
        return;
    }
    useActivationToken(activationToken);
    m_window.present();
    // Locked, the window shows the unlock page; the add dialog opens on the link after unlocking.
    if (!link.isEmpty())
        m_vault.session().offerLink(link);
}

} // namespace twofold
