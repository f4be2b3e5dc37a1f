// SPDX-License-Identifier: GPL-3.0-or-later
// fake_globalshortcuts: a stand-in for xdg-desktop-portal's GlobalShortcuts interface on a private session
// bus, for tests. It answers as the specification asks (a Request path at once, the result in the
// request's Response signal), binds every shortcut to the trigger it prefers, and has one extra method,
// io.github.twofold.FakePortal.Press(id), that emits Activated for a shortcut as if its keys were pressed.
#include "shortcut/PortalShortcut.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QTextStream>
#include <QTimer>

using namespace twofold;

namespace {
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");

QString senderElement(const QDBusMessage &message)
{
    return message.service().mid(1).replace(u'.', u'_');
}
} // namespace

class FakeShortcuts : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.GlobalShortcuts")
    Q_PROPERTY(uint version READ version)

public:
    uint version() const { return 1; }

public Q_SLOTS:
    QDBusObjectPath CreateSession(const QVariantMap &options, const QDBusMessage &message)
    {
        m_session = portalPath + QStringLiteral("/session/") + senderElement(message) + u'/' +
                    options.value(QStringLiteral("session_handle_token")).toString();
        log(QStringLiteral("CreateSession"));
        return respond(message, options, {{QStringLiteral("session_handle"), m_session}});
    }

    QDBusObjectPath BindShortcuts(const QDBusObjectPath &session,
                                  const QList<twofold::PortalShortcut> &shortcuts, const QString &,
                                  const QVariantMap &options, const QDBusMessage &message)
    {
        if (session.path() != m_session)
            return respond(message, options, {}, 2);
        m_bound.clear();
        for (const PortalShortcut &shortcut : shortcuts) {
            PortalShortcut bound{
                shortcut.id,
                {{QStringLiteral("description"), shortcut.properties.value(QStringLiteral("description"))},
                 {QStringLiteral("trigger_description"),
                  shortcut.properties.value(QStringLiteral("preferred_trigger"))}}};
            m_bound << bound;
            log(QStringLiteral("BindShortcuts %1 %2")
                    .arg(shortcut.id,
                         shortcut.properties.value(QStringLiteral("preferred_trigger")).toString()));
        }
        return respond(message, options, {{QStringLiteral("shortcuts"), QVariant::fromValue(m_bound)}});
    }

    QDBusObjectPath ListShortcuts(const QDBusObjectPath &session, const QVariantMap &options,
                                  const QDBusMessage &message)
    {
        log(QStringLiteral("ListShortcuts"));
        return respond(message, options, {{QStringLiteral("shortcuts"), QVariant::fromValue(m_bound)}},
                       session.path() == m_session ? 0 : 2);
    }

public:
    void press(const QString &id)
    {
        QDBusMessage activated =
            QDBusMessage::createSignal(portalPath, QStringLiteral("org.freedesktop.portal.GlobalShortcuts"),
                                       QStringLiteral("Activated"));
        activated << QVariant::fromValue(QDBusObjectPath(m_session)) << id << qulonglong(0)
                  << QVariantMap{{QStringLiteral("activation_token"), QStringLiteral("fake-token")}};
        QDBusConnection::sessionBus().send(activated);
    }

private:
    // The request's path now; its Response a moment later, as a portal that asked nobody would send it.
    QDBusObjectPath respond(const QDBusMessage &message, const QVariantMap &options,
                            const QVariantMap &results, uint response = 0)
    {
        const QString path = portalPath + QStringLiteral("/request/") + senderElement(message) + u'/' +
                             options.value(QStringLiteral("handle_token")).toString();
        QTimer::singleShot(20, this, [path, results, response] {
            QDBusMessage signal = QDBusMessage::createSignal(
                path, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
            signal << response << results;
            QDBusConnection::sessionBus().send(signal);
        });
        return QDBusObjectPath(path);
    }

    static void log(const QString &line) { QTextStream(stdout) << line << Qt::endl; }

    QString m_session;
    QList<PortalShortcut> m_bound;
};

class FakeControl : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.twofold.FakePortal")

public:
    explicit FakeControl(FakeShortcuts &shortcuts)
        : m_shortcuts(shortcuts)
    {}

public Q_SLOTS:
    void Press(const QString &id) { m_shortcuts.press(id); }

private:
    FakeShortcuts &m_shortcuts;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerPortalShortcutTypes();
    FakeShortcuts shortcuts;
    FakeControl control(shortcuts);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(portalPath, &shortcuts,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties) ||
        !bus.registerObject(QStringLiteral("/fake"), &control, QDBusConnection::ExportAllSlots) ||
        !bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"))) {
        QTextStream(stderr) << "fake_globalshortcuts: cannot take the portal's name on the session bus\n";
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}

#include "fake_globalshortcuts.moc"
