// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalRequest.h"

#include <QCoreApplication>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcPortal, "twofold.portal")
const QString requestInterface = QStringLiteral("org.freedesktop.portal.Request");
} // namespace

PortalRequest::PortalRequest(const QDBusConnection &bus, QObject *context, Done done)
    : QObject(context)
    , m_bus(bus)
    , m_done(std::move(done))
{}

QString PortalRequest::newToken()
{
    // Object path elements: letters, digits and underscores only.
    static int counter = 0;
    return QStringLiteral("twofold%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

void PortalRequest::start(const QDBusConnection &bus, const QString &interface, const QString &method,
                          QVariantList arguments, QObject *context, Done done)
{
    auto *request = new PortalRequest(bus, context, std::move(done));
    const QString token = newToken();
    QVariantMap options = arguments.isEmpty() ? QVariantMap() : arguments.takeLast().toMap();
    options.insert(QStringLiteral("handle_token"), token);
    arguments << options;
    // The request's path, as the portal makes it: our unique bus name without the colon, dots as underscores.
    const QString sender = request->m_bus.baseService().mid(1).replace(u'.', u'_');
    if (!request->m_bus.isConnected() ||
        !request->listen(path() + QStringLiteral("/request/") + sender + u'/' + token)) {
        request->finish(Failed, {{QStringLiteral("error"), QStringLiteral("no session bus")}});
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service(), path(), interface, method);
    call.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(request->m_bus.asyncCall(call), request);
    connect(watcher, &QDBusPendingCallWatcher::finished, request,
            [request, method](QDBusPendingCallWatcher *pending) {
                pending->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *pending;
                if (reply.isError()) {
                    qCInfo(lcPortal) << method << "failed:" << reply.error().name()
                                     << reply.error().message();
                    // xdg-desktop-portal exports no interface that none of its back ends offers.
                    const QDBusError::ErrorType type = reply.error().type();
                    const bool absent =
                        type == QDBusError::ServiceUnknown || type == QDBusError::UnknownMethod ||
                        type == QDBusError::UnknownInterface || type == QDBusError::UnknownObject;
                    request->finish(absent ? Unavailable : Failed,
                                    {{QStringLiteral("error"), reply.error().message()}});
                    return;
                }
                // Portals older than the handle_token convention answer on a path of their own making.
                if (const QString path = reply.value().path(); path != request->m_path) {
                    request->m_bus.disconnect(service(), request->m_path, requestInterface,
                                              QStringLiteral("Response"), request,
                                              SLOT(respond(uint, QVariantMap)));
                    request->listen(path);
                }
            });
}

bool PortalRequest::listen(const QString &path)
{
    m_path = path;
    return m_bus.connect(service(), path, requestInterface, QStringLiteral("Response"), this,
                         SLOT(respond(uint, QVariantMap)));
}

void PortalRequest::respond(uint response, const QVariantMap &results)
{
    finish(response, results);
}

void PortalRequest::finish(uint response, const QVariantMap &results)
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, {});
    m_bus.disconnect(service(), m_path, requestInterface, QStringLiteral("Response"), this,
                     SLOT(respond(uint, QVariantMap)));
    deleteLater();
    done(response, results);
}

} // namespace twofold
