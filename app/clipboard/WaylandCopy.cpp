// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboard/WaylandCopy.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QWindow>

namespace twofold {

namespace {
constexpr int focusTimeoutMs = 3000;
const QSize surfaceSize(220, 48);
} // namespace

WaylandCopy::Surface::Surface(const QString &text)
    : m_text(text)
{
    setTitle(text);
    setFlag(Qt::Dialog);
    // Fixed size: tiling compositors float it instead of giving it half the screen.
    setMinimumSize(surfaceSize);
    setMaximumSize(surfaceSize);
    resize(surfaceSize);
}

void WaylandCopy::Surface::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette palette = QGuiApplication::palette();
    const QRect area(QPoint(), size());
    painter.fillRect(area, palette.window());
    painter.setPen(palette.windowText().color());
    painter.drawText(area, Qt::AlignCenter, m_text);
}

WaylandCopy::WaylandCopy(QObject *parent)
    : QObject(parent)
    , m_surface(tr("Copying…"))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(focusTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &WaylandCopy::giveUp);
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow *window) {
        if (window == &m_surface && m_pending)
            focused();
    });
}

WaylandCopy::~WaylandCopy() = default;

bool WaylandCopy::needsFocus()
{
    if (QGuiApplication::platformName() != QLatin1String("wayland"))
        return false;
    // A window just hidden can stay Qt's focus window until the compositor's next keyboard event, which
    // never comes for a surface that is gone: only a visible one holds the compositor's focus.
    const QWindow *window = QGuiApplication::focusWindow();
    return !window || !window->isVisible();
}

void WaylandCopy::run(std::function<void()> copy)
{
    if (!needsFocus()) {
        copy();
        return;
    }
    m_pending = std::move(copy);
    m_timeout.start();
    m_surface.show();
    m_surface.requestActivate();
}

void WaylandCopy::focused()
{
    m_timeout.stop();
    const auto copy = std::exchange(m_pending, nullptr);
    copy();
    // The selection belongs to the data source, not to this window: it stays after the window goes.
    m_surface.hide();
}

void WaylandCopy::giveUp()
{
    m_pending = nullptr;
    m_surface.hide();
    Q_EMIT refused();
}

} // namespace twofold
