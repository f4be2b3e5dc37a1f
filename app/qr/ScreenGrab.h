#pragma once

#include "Error.h"

#include <QImage>
#include <QObject>

namespace twofold {

// A picture of everything on screen, to find QR codes shown in a browser or another app. On X11 (and other
// platforms that allow it) each screen is grabbed directly; on Wayland, where clients cannot read the screen,
// the xdg-desktop-portal Screenshot interface asks the compositor (which may ask the user).
class ScreenGrab : public QObject
{
    Q_OBJECT

public:
    explicit ScreenGrab(QObject *parent = nullptr);

    // Emits grabbed() or failed() once, possibly later (the portal answers asynchronously).
    void start();

Q_SIGNALS:
    void grabbed(const QImage &image);
    void failed(const Error &error);

private Q_SLOTS:
    void portalResponse(uint response, const QVariantMap &results);

private:
    void grabScreens();
    void askPortal();
};

} // namespace twofold
