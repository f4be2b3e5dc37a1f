// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

#include "settings/Settings.h"
#include "tray/TrayHostProbe.h"
#include "tray/TrayMenu.h"
#include "vault/CodeCopier.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace twofold {

namespace {
constexpr int notificationMs = 4000;

QIcon stateIcon(VaultSession::State state)
{
    // Installed icons win (a desktop can recolour symbolic icons to suit its panel); ours ship as fallback.
    return state == VaultSession::Unlocked
               ? QIcon::fromTheme(QStringLiteral("io.github.twofold.Twofold-unlocked-symbolic"),
                                  QIcon(QStringLiteral(":/resources/icons/tray-unlocked.svg")))
               : QIcon::fromTheme(QStringLiteral("io.github.twofold.Twofold-locked-symbolic"),
                                  QIcon(QStringLiteral(":/resources/icons/tray-locked.svg")));
}
} // namespace

TrayController::TrayController(VaultSession &vault, CodeCopier &copier, Settings &settings,
                               QQmlEngine &engine, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_copier(copier)
    , m_settings(settings)
    , m_quickCopy(engine, vault.allAccounts(), settings)
    , m_unlockAction(tr("Unlock…"))
    , m_quickCopyAction(tr("Quick copy…"))
    , m_lockAction(tr("Lock"))
    , m_quitAction(tr("Quit"))
{
    m_unlockAction.setObjectName(QStringLiteral("trayUnlock"));
    m_quickCopyAction.setObjectName(QStringLiteral("trayQuickCopy"));
    m_lockAction.setObjectName(QStringLiteral("trayLock"));
    m_showAction.setObjectName(QStringLiteral("trayShow"));
    m_quitAction.setObjectName(QStringLiteral("trayQuit"));
    connect(&m_unlockAction, &QAction::triggered, this, &TrayController::presentRequested);
    connect(&m_quickCopyAction, &QAction::triggered, this, &TrayController::showQuickCopy);
    connect(&m_lockAction, &QAction::triggered, &m_vault, &VaultSession::lock);
    connect(&m_showAction, &QAction::triggered, this, &TrayController::toggleRequested);
    connect(&m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(&m_quickCopy, &QuickCopyPopup::copyRequested, this, &TrayController::copy);
    connect(&m_focusedCopy, &WaylandCopy::refused, this, [this] {
        notify(tr("Nothing was copied"),
               tr("This desktop lets a program set the clipboard only from a focused window, and gave "
                  "Twofold's none. Use Quick copy… or copy in Twofold's window."));
    });

    // Changes come in bursts (a copy records its use and reloads the list): one rebuild after them, and
    // never while an action of the old menu is still being delivered.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &TrayController::rebuildMenu);
    connect(&m_vault, &VaultSession::stateChanged, &m_rebuild, qOverload<>(&QTimer::start));
    connect(&m_vault.allAccounts(), &QAbstractItemModel::modelReset, &m_rebuild, qOverload<>(&QTimer::start));
    connect(&m_vault, &VaultSession::stateChanged, this, &TrayController::updateIcon);
    connect(&m_vault, &VaultSession::stateChanged, this, [this] {
        if (m_vault.state() != VaultSession::Unlocked)
            m_quickCopy.close();
    });
    connect(&m_menu, &QMenu::aboutToHide, this, &TrayController::rebuildWhenClosed);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleRequested();
        else if (reason == QSystemTrayIcon::MiddleClick && m_vault.state() == VaultSession::Unlocked)
            showQuickCopy();
    });

    updateIcon();
    setWindowShown(false);
    rebuildMenu();
    m_icon.setContextMenu(&m_menu);
    m_icon.show();
}

TrayController::~TrayController()
{
    m_icon.hide();
}

bool TrayController::available()
{
    return TrayHostProbe::trayAvailable(); // Wayland hook: a StatusNotifierWatcher must be there
}

void TrayController::rebuildMenu()
{
    // An open menu stays as it is until it closes — a save in the background reloads the list, and the item
    // under the pointer must not move. A lock does not wait: its accounts go at once.
    if (m_menu.isVisible() && m_vault.state() == m_menuState) {
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;
    m_menuState = m_vault.state();
    // Submenus are children of the menu, not actions it owns: clear() alone would keep them.
    qDeleteAll(m_menu.findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_menu.clear();
    switch (m_vault.state()) {
    case VaultSession::Unlocked:
        m_menu.addAction(&m_quickCopyAction);
        TrayMenu::addAccounts(m_menu, TrayMenu::entries(m_vault.allAccounts()),
                              [this](const QString &uuid) { copy(uuid); });
        m_menu.addSeparator();
        m_menu.addAction(&m_lockAction);
        break;
    case VaultSession::Locked:
        m_menu.addAction(&m_unlockAction);
        break;
    case VaultSession::NoVault:
        break;
    }
    m_menu.addAction(&m_showAction);
    m_menu.addSeparator();
    m_menu.addAction(&m_quitAction);
}

void TrayController::rebuildWhenClosed()
{
    if (m_rebuildPending)
        m_rebuild.start(); // queued: after the chosen item's action has run
}

void TrayController::updateIcon()
{
    const VaultSession::State state = m_vault.state();
    m_icon.setIcon(stateIcon(state));
    // No account names, no codes: a tooltip shows to whoever looks at the screen.
    m_icon.setToolTip(state == VaultSession::Unlocked ? tr("Twofold — unlocked")
                      : state == VaultSession::Locked ? tr("Twofold — locked")
                                                      : tr("Twofold"));
}

void TrayController::setWindowShown(bool shown)
{
    m_showAction.setText(shown ? tr("Hide window") : tr("Show window"));
}

void TrayController::copy(const QString &uuid)
{
    // Wayland hook: a copy from the tray menu needs a focused surface first (WaylandCopy).
    m_focusedCopy.run([this, uuid] { copyNow(uuid); });
}

void TrayController::copyNow(const QString &uuid)
{
    const auto copied = m_copier.copy(uuid);
    if (!copied)
        return;
    //: %1 is the service, e.g. "GitHub"; the clipboard is cleared after %n seconds.
    notify(copied->next
               ? tr("Next code for %1 copied — clears in %n s", "", copied->clearSeconds).arg(copied->service)
               : tr("Code for %1 copied — clears in %n s", "", copied->clearSeconds).arg(copied->service),
           copied->next ? tr("The current code was about to expire.") : QString());
}

void TrayController::showQuickCopy()
{
    if (m_vault.state() == VaultSession::Unlocked)
        m_quickCopy.show();
}

void TrayController::notify(const QString &title, const QString &text)
{
    m_icon.showMessage(title, text, QGuiApplication::windowIcon(), notificationMs);
    Q_EMIT notified(title, text);
}

void TrayController::sayKeptInTray()
{
    if (m_settings.trayNoticeShown())
        return;
    m_settings.setTrayNoticeShown(true);
    notify(tr("Twofold is still running"),
           tr("It stays in the system tray, ready to copy codes. Choose Quit in its menu to end it."));
}

} // namespace twofold
