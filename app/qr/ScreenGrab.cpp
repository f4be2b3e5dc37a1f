// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenGrab.h"

#include "qr/QrDecoder.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QGuiApplication>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScreen>
#include <QUrl>

namespace twofold {

namespace {
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString requestInterface = QStringLiteral("org.freedesktop.portal.Request");
} // namespace

ScreenGrab::ScreenGrab(QObject *parent, const QDBusConnection &bus)
    : QObject(parent)
    , m_bus(bus)
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
    QList<QImage> shots;
    for (QScreen *screen : QGuiApplication::screens()) {
        const QPixmap shot = screen->grabWindow(0);
        if (!shot.isNull())
            shots << shot.toImage();
    }
    if (shots.isEmpty()) {
        Q_EMIT failed(Failure::Unreadable, QStringLiteral("screen"));
        return;
    }
    Q_EMIT grabbed(shots);
}

void ScreenGrab::askPortal()
{
    // The portal may answer before the call returns, so the Response signal is subscribed to first, on the
    // request path the portal will use: /org/freedesktop/portal/desktop/request/SENDER/TOKEN.
    const QString token = QStringLiteral("twofold%1").arg(QRandomGenerator::global()->generate());
    QString sender = m_bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    listen(QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token));

    QDBusMessage call = QDBusMessage::createMethodCall(
        portalService, QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"));
    call << QString()
         << QVariantMap{{QStringLiteral("handle_token"), token}, {QStringLiteral("interactive"), false}};
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> request = *done;
        if (m_done)
            return;
        if (request.isError()) {
            finish();
            // No portal service at all, or a portal whose back ends offer no Screenshot (xdg-desktop-portal
            // then exports no such interface and the bus answers UnknownMethod or UnknownInterface).
            const QDBusError::ErrorType type = request.error().type();
            const bool absent = type == QDBusError::ServiceUnknown || type == QDBusError::UnknownMethod ||
                                type == QDBusError::UnknownInterface || type == QDBusError::UnknownObject;
            Q_EMIT failed(absent ? Failure::NoPortal : Failure::Unreadable,
                          QStringLiteral("portal: ") + request.error().message());
            return;
        }
        // Portals older than the handle_token convention choose another path.
        listen(request.value().path());
    });
}

void ScreenGrab::listen(const QString &requestPath)
{
    if (m_requests.contains(requestPath))
        return;
    m_requests << requestPath;
    m_bus.connect(portalService, requestPath, requestInterface, QStringLiteral("Response"), this,
                  SLOT(portalResponse(uint, QVariantMap)));
}

void ScreenGrab::finish()
{
    m_done = true;
    for (const QString &path : std::as_const(m_requests))
        m_bus.disconnect(portalService, path, requestInterface, QStringLiteral("Response"), this,
                         SLOT(portalResponse(uint, QVariantMap)));
    m_requests.clear();
}

void ScreenGrab::portalResponse(uint response, const QVariantMap &results)
{
    if (m_done)
        return;
    finish();
    if (response == 1) {
        Q_EMIT failed(Failure::Cancelled, {});
        return;
    }
    if (response != 0) {
        Q_EMIT failed(Failure::Refused, QStringLiteral("portal: response %1").arg(response));
        return;
    }
    const QUrl uri(results.value(QStringLiteral("uri")).toString());
    if (!uri.isLocalFile()) {
        Q_EMIT failed(Failure::Unreadable, QStringLiteral("portal: no file"));
        return;
    }
    const auto image = takeFile(uri.toLocalFile());
    if (!image) {
        Q_EMIT failed(Failure::Unreadable, image.error().detail);
        return;
    }
    Q_EMIT grabbed({*image});
}

Expected<QImage> ScreenGrab::takeFile(const QString &path)
{
    const QImage image(path);
    QFile::remove(path);
    if (image.isNull())
        return fail(ErrorCode::ImageUnreadable, path);
    return image;
}

Expected<QList<QByteArray>> ScreenGrab::decode(const QList<QImage> &screens)
{
    QList<QByteArray> texts;
    std::optional<Error> firstError;
    for (const QImage &screen : screens) {
        auto found = QrDecoder::decode(screen);
        if (found)
            texts << *found;
        else if (!firstError)
            firstError = found.error();
    }
    if (texts.isEmpty() && firstError)
        return std::unexpected(*firstError);
    return texts;
}

} // namespace twofold
