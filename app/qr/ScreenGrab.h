// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QDBusConnection>
#include <QImage>
#include <QList>
#include <QObject>

namespace twofold {

// Pictures of everything on screen, to find QR codes shown in a browser or another app. On X11 (and other
// platforms that allow it) each screen is grabbed directly; on Wayland, where clients cannot read the screen,
// the xdg-desktop-portal Screenshot interface asks the compositor (which may ask the user).
class ScreenGrab : public QObject
{
    Q_OBJECT

public:
    // Why no picture came: the text the window shows differs for each.
    enum class Failure : quint8
    {
        NoPortal,  // no screenshot portal on this desktop (no service, or a portal without Screenshot)
        Cancelled, // the user closed the portal's dialog (response 1)
        Refused,   // the portal refused or failed (response 2, or permission denied earlier)
        Unreadable // nothing could be read: no screen, no file, an unreadable picture (detail says which)
    };
    Q_ENUM(Failure)

    // `bus` is where the portal is asked (tests pass a private bus with a fake portal).
    explicit ScreenGrab(QObject *parent = nullptr,
                        const QDBusConnection &bus = QDBusConnection::sessionBus());

    // Emits grabbed() or failed() once, possibly later (the portal answers asynchronously).
    void start();
    // Asks the portal whatever the platform; start() does so on Wayland.
    void askPortal();

    // Reads the screenshot the portal wrote and deletes the file, read or not: a picture of the screen can
    // show a secret, and the portal leaves it in the user's folders. Error: ImageUnreadable (detail: path).
    [[nodiscard]] static Expected<QImage> takeFile(const QString &path);
    // Every code on any of the screens, each screen decoded on its own: stitched together, three 4K screens
    // would exceed the decoder's image bound. Fails only when no screen could be decoded at all and one
    // failed (the first error). Thread-safe.
    [[nodiscard]] static Expected<QList<QByteArray>> decode(const QList<QImage> &screens);

Q_SIGNALS:
    // One image per screen (the portal gives one for all).
    void grabbed(const QList<QImage> &screens);
    void failed(twofold::ScreenGrab::Failure failure, const QString &detail);

private:
    void grabScreens();
    void portalResponse(uint response, const QVariantMap &results);

    QDBusConnection m_bus;
};

} // namespace twofold
