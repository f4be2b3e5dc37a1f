// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenGrab.h"

#include "portal/PortalRequest.h"
#include "qr/QrDecoder.h"

#include <QFile>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QUrl>

namespace twofold {

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
    PortalRequest::start(
        m_bus, QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"),
        {QString(), QVariantMap{{QStringLiteral("interactive"), false}}}, this,
        [this](uint response, const QVariantMap &results) { portalResponse(response, results); });
}

void ScreenGrab::portalResponse(uint response, const QVariantMap &results)
{
    const QString error = results.value(QStringLiteral("error")).toString();
    if (response == PortalRequest::Unavailable) {
        Q_EMIT failed(Failure::NoPortal, QStringLiteral("portal: ") + error);
        return;
    }
    if (!error.isEmpty()) { // the call itself failed: no answer from the portal
        Q_EMIT failed(Failure::Unreadable, QStringLiteral("portal: ") + error);
        return;
    }
    if (response == PortalRequest::Cancelled) {
        Q_EMIT failed(Failure::Cancelled, {});
        return;
    }
    if (response != PortalRequest::Success) {
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
