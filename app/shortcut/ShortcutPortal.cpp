// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcut/ShortcutPortal.h"

#include "portal/PortalRequest.h"
#include "settings/Settings.h"
#include "shortcut/PortalShortcut.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLoggingCategory>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcShortcut, "twofold.shortcut")
const QString shortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
} // namespace

ShortcutPortal::ShortcutPortal(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

ShortcutPortal::~ShortcutPortal()
{
    forget(this);
}

ShortcutPortal *ShortcutPortal::create(QQmlEngine *engine, QJSEngine *scripts)
{
    if (existing())
        return QmlInstance::create(engine, scripts);
    return new ShortcutPortal(*Settings::create(nullptr, nullptr)); // the engine owns it
}

void ShortcutPortal::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void ShortcutPortal::probe()
{
    if (m_state != Unknown)
        return;
    setState(Probing);
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage get = QDBusMessage::createMethodCall(PortalRequest::service(), PortalRequest::path(),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << shortcutsInterface << QStringLiteral("version");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError() || reply.value().variant().toUInt() == 0) {
            qCInfo(lcShortcut) << "no GlobalShortcuts portal:" << reply.error().message();
            setState(Absent);
            return;
        }
        setState(Unbound);
        if (m_settings.quickCopyShortcut())
            bind();
    });
}

void ShortcutPortal::restore()
{
    if (m_settings.quickCopyShortcut())
        probe();
}

void ShortcutPortal::bind()
{
    if (m_state == Binding || m_state == Absent)
        return;
    setState(Binding);
    registerPortalShortcutTypes();
    if (m_session.isEmpty())
        createSession();
    else
        bindShortcut();
}

void ShortcutPortal::createSession()
{
    // Desktops know a program that is not sandboxed by the app id it registers (portal 1.19 and later),
    // before any other portal call of this connection; older portals lack it, and that is fine.
    QDBusMessage registration = QDBusMessage::createMethodCall(
        PortalRequest::service(), PortalRequest::path(),
        QStringLiteral("org.freedesktop.host.portal.Registry"), QStringLiteral("Register"));
    registration << QGuiApplication::desktopFileName() << QVariantMap();
    QDBusConnection::sessionBus().asyncCall(registration);

    const QVariantMap options{{QStringLiteral("session_handle_token"), PortalRequest::newToken()}};
    PortalRequest::start(QDBusConnection::sessionBus(), shortcutsInterface, QStringLiteral("CreateSession"),
                         {options}, this, [this](uint response, const QVariantMap &results) {
                             const QVariant handle = results.value(QStringLiteral("session_handle"));
                             // The specification says a string; some portals send an object path.
                             m_session = handle.canConvert<QDBusObjectPath>()
                                             ? handle.value<QDBusObjectPath>().path()
                                             : handle.toString();
                             if (response != PortalRequest::Success || m_session.isEmpty()) {
                                 m_session.clear();
                                 setState(Failed);
                                 return;
                             }
                             QDBusConnection bus = QDBusConnection::sessionBus();
                             bus.connect(PortalRequest::service(), PortalRequest::path(), shortcutsInterface,
                                         QStringLiteral("Activated"), this, SLOT(onActivated(QDBusMessage)));
                             bus.connect(PortalRequest::service(), PortalRequest::path(), shortcutsInterface,
                                         QStringLiteral("ShortcutsChanged"), this,
                                         SLOT(onShortcutsChanged(QDBusMessage)));
                             bindShortcut();
                         });
}

void ShortcutPortal::bindShortcut()
{
    const QList<PortalShortcut> shortcuts{{shortcutId(),
                                           {{QStringLiteral("description"), tr("Quick copy a code")},
                                            {QStringLiteral("preferred_trigger"), preferredTrigger()}}}};
    PortalRequest::start(QDBusConnection::sessionBus(), shortcutsInterface, QStringLiteral("BindShortcuts"),
                         {QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts),
                          QString(), QVariantMap()},
                         this, [this](uint response, const QVariantMap &results) {
                             if (response == PortalRequest::Success) {
                                 m_settings.setQuickCopyShortcut(true);
                                 showTrigger(results.value(QStringLiteral("shortcuts")));
                                 setState(Bound);
                                 listShortcuts();
                             } else {
                                 // Cancelled in the desktop's dialog: the user said no, so no rebinding.
                                 if (response == PortalRequest::Cancelled)
                                     m_settings.setQuickCopyShortcut(false);
                                 setState(response == PortalRequest::Cancelled ? Unbound : Failed);
                             }
                         });
}

void ShortcutPortal::listShortcuts()
{
    // What the desktop reports now: the user may have changed the keys in its settings since binding.
    PortalRequest::start(QDBusConnection::sessionBus(), shortcutsInterface, QStringLiteral("ListShortcuts"),
                         {QVariant::fromValue(QDBusObjectPath(m_session)), QVariantMap()}, this,
                         [this](uint response, const QVariantMap &results) {
                             if (response == PortalRequest::Success && m_state == Bound) {
                                 showTrigger(results.value(QStringLiteral("shortcuts")));
                                 Q_EMIT changed();
                             }
                         });
}

void ShortcutPortal::showTrigger(const QVariant &shortcuts)
{
    m_trigger.clear();
    if (!shortcuts.canConvert<QDBusArgument>())
        return;
    for (const PortalShortcut &shortcut : qdbus_cast<QList<PortalShortcut>>(shortcuts)) {
        if (shortcut.id == shortcutId())
            m_trigger = shortcut.properties.value(QStringLiteral("trigger_description")).toString();
    }
}

void ShortcutPortal::onActivated(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() < 4 || arguments.at(0).value<QDBusObjectPath>().path() != m_session ||
        arguments.at(1).toString() != shortcutId())
        return;
    const auto options = qdbus_cast<QVariantMap>(arguments.at(3));
    Q_EMIT activated(options.value(QStringLiteral("activation_token")).toString());
}

void ShortcutPortal::onShortcutsChanged(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() < 2 || arguments.at(0).value<QDBusObjectPath>().path() != m_session)
        return;
    showTrigger(arguments.at(1));
    Q_EMIT changed();
}

void ShortcutPortal::unbind()
{
    if (!m_session.isEmpty()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.disconnect(PortalRequest::service(), PortalRequest::path(), shortcutsInterface,
                       QStringLiteral("Activated"), this, SLOT(onActivated(QDBusMessage)));
        bus.disconnect(PortalRequest::service(), PortalRequest::path(), shortcutsInterface,
                       QStringLiteral("ShortcutsChanged"), this, SLOT(onShortcutsChanged(QDBusMessage)));
        bus.asyncCall(QDBusMessage::createMethodCall(PortalRequest::service(), m_session,
                                                     QStringLiteral("org.freedesktop.portal.Session"),
                                                     QStringLiteral("Close")));
    }
    m_session.clear();
    m_trigger.clear();
    m_settings.setQuickCopyShortcut(false);
    setState(Unbound);
}

void ShortcutPortal::copyCommand() const
{
    QGuiApplication::clipboard()->setText(command());
}

} // namespace twofold
