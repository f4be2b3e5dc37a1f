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
// name and a handle_token we choose), so a quick answer is never missed. Deletes itself when done.
class PortalRequest : public QObject
{
    Q_OBJECT

public:
    // Portal response codes.
    enum Response : uint
    {
        Success = 0,
        Cancelled = 1,
        Failed = 2
    };
    using Done = std::function<void(uint response, const QVariantMap &results)>;

    // Calls `method` with `arguments`, the last of which is the options map; a handle_token is added there.
    // `done` runs once, with Failed if the call itself fails.
    static void start(const QString &interface, const QString &method, QVariantList arguments,
                      QObject *context, Done done);

    static QString service() { return QStringLiteral("org.freedesktop.portal.Desktop"); }
    static QString path() { return QStringLiteral("/org/freedesktop/portal/desktop"); }
    // A fresh token for handle_token or session_handle_token.
    static QString newToken();

private Q_SLOTS:
    void respond(uint response, const QVariantMap &results);

private:
    PortalRequest(QObject *context, Done done);
    bool listen(const QString &path);
    void finish(uint response, const QVariantMap &results);

    QDBusConnection m_bus;
    QString m_path;
    Done m_done;
};

} // namespace twofold
