// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QVariantMap>

#include <functional>

namespace twofold {

// One call to an XDG desktop portal that answers through a Request object: the method returns the
// request's path at once, and the result comes later in its Response signal (after a dialog, perhaps).
// The signal is subscribed before the call, on the path the portal will use (it is made from our bus
// name and a handle_token we choose), so a quick answer is never missed. Deletes itself when done, or with
// its context. Used by the screen scan (Screenshot) and the quick-copy shortcut (GlobalShortcuts).
class PortalRequest : public QObject
{
    Q_OBJECT

public:
    // Portal response codes, and one of ours for a call that no portal could take.
    enum Response : uint
    {
        Success = 0,
        Cancelled = 1,
        Failed = 2,
        Unavailable = 3 // no portal service, or none with this interface (results: "error")
    };
    using Done = std::function<void(uint response, const QVariantMap &results)>;

    // Calls `method` on `bus` with `arguments`, the last of which is the options map; a handle_token is
    // added there. `done` runs once; when the call itself fails (or there is no bus), with Unavailable or
    // Failed and the bus's error message as results' "error".
    static void start(const QDBusConnection &bus, const QString &interface, const QString &method,
                      QVariantList arguments, QObject *context, Done done);

    static QString service() { return QStringLiteral("org.freedesktop.portal.Desktop"); }
    static QString path() { return QStringLiteral("/org/freedesktop/portal/desktop"); }
    // A fresh token for handle_token or session_handle_token.
    static QString newToken();

private Q_SLOTS:
    void respond(uint response, const QVariantMap &results);

private:
    PortalRequest(const QDBusConnection &bus, QObject *context, Done done);
    bool listen(const QString &path);
    void finish(uint response, const QVariantMap &results);

    QDBusConnection m_bus;
    QString m_path;
    Done m_done;
};

} // namespace twofold
