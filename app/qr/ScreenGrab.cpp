#include "ScreenGrab.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QScreen>
#include <QUrl>

namespace twofold {

ScreenGrab::ScreenGrab(QObject *parent)
    : QObject(parent)
{}

void ScreenGrab::start()
{
    if (QGuiApplication::platformName() == u"wayland")
        askPortal();
    else
        grabScreens();
}

void ScreenGrab::grabScreens()
{
    // All screens side by side in one image, as the virtual desktop lays them out.
    const QList<QScreen *> screens = QGuiApplication::screens();
    QRect desktop;
    for (QScreen *screen : screens)
        desktop = desktop.united(screen->geometry());
    if (screens.isEmpty() || desktop.isEmpty()) {
        Q_EMIT failed({ErrorCode::ImageUnreadable, QStringLiteral("screen")});
        return;
    }
    QImage all(desktop.size(), QImage::Format_RGB32);
    all.fill(Qt::white);
    QPainter painter(&all);
    bool any = false;
    for (QScreen *screen : screens) {
        const QPixmap shot = screen->grabWindow(0);
        if (shot.isNull())
            continue;
        any = true;
        painter.drawPixmap(QRect(screen->geometry().topLeft() - desktop.topLeft(), screen->geometry().size()),
                           shot);
    }
    painter.end();
    if (!any) {
        Q_EMIT failed({ErrorCode::ImageUnreadable, QStringLiteral("screen")});
        return;
    }
    Q_EMIT grabbed(all);
}

void ScreenGrab::askPortal()
{
    const QString token = QStringLiteral("twofold%1").arg(QRandomGenerator::global()->generate());
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"));
    call << QString()
         << QVariantMap{{QStringLiteral("handle_token"), token}, {QStringLiteral("interactive"), false}};
    const QDBusReply<QDBusObjectPath> request = QDBusConnection::sessionBus().call(call);
    if (!request.isValid()) {
        Q_EMIT failed({ErrorCode::ImageUnreadable, QStringLiteral("portal: ") + request.error().message()});
        return;
    }
    QDBusConnection::sessionBus().connect(
        QStringLiteral("org.freedesktop.portal.Desktop"), request.value().path(),
        QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"), this,
        SLOT(portalResponse(uint, QVariantMap)));
}

void ScreenGrab::portalResponse(uint response, const QVariantMap &results)
{
    if (response != 0) { // 1: the user cancelled; 2: refused
        Q_EMIT failed({ErrorCode::ImageUnreadable, QStringLiteral("portal: cancelled")});
        return;
    }
    const QString path = QUrl(results.value(QStringLiteral("uri")).toString()).toLocalFile();
    QImage image(path);
    if (image.isNull()) {
        Q_EMIT failed({ErrorCode::ImageUnreadable, path});
        return;
    }
    Q_EMIT grabbed(image);
}

} // namespace twofold
