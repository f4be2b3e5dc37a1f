// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/QuickCopyPopup.h"

#include "accounts/AccountListModel.h"
#include "settings/Settings.h"

#include <QCursor>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QScreen>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcTray, "twofold.tray")
} // namespace

QuickCopyPopup::QuickCopyPopup(QQmlEngine &engine, AccountListModel &accounts, Settings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(settings)
{
    m_filter.setSourceModel(&accounts);
}

QuickCopyPopup::~QuickCopyPopup() = default;

bool QuickCopyPopup::create()
{
    QQmlComponent component(&m_engine, QStringLiteral("Twofold"), QStringLiteral("QuickCopy"));
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("accounts"), QVariant::fromValue(&m_filter)}}));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window) {
        qCWarning(lcTray) << "quick copy:" << component.errorString();
        return false;
    }
    object.release();
    m_window.reset(window);
    connect(m_window.get(), SIGNAL(copyRequested(QString)), this, SIGNAL(copyRequested(QString)));
    connect(m_window.get(), &QWindow::visibleChanged, this, &QuickCopyPopup::shownChanged);
    return true;
}

bool QuickCopyPopup::isShown() const
{
    return m_window && m_window->isVisible();
}

void QuickCopyPopup::show()
{
    if (!m_window && !create())
        return;
    m_filter.setSortOrder(m_settings.sortOrder());
    m_filter.setQuery({});
    const QPoint pointer = QCursor::pos();
    QScreen *screen = QGuiApplication::screenAt(pointer);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        // Centred, a little above the middle, where a launcher would be.
        const QRect area = screen->availableGeometry();
        m_window->setScreen(screen);
        m_window->setPosition(area.x() + (area.width() - m_window->width()) / 2,
                              area.y() + (area.height() - m_window->height()) / 3);
    }
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void QuickCopyPopup::close()
{
    if (m_window)
        m_window->close();
}

} // namespace twofold
