// SPDX-License-Identifier: GPL-3.0-or-later
#include "autolock/AutoLock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace twofold;

// Runs on a private session bus (dbus-run-session): the screen locker's signal is sent for real.
class TestAutoLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleTimeoutRequestsLock()
    {
        AutoLock autoLock;
        autoLock.setIdleTimeout(200);
        QSignalSpy spy(&autoLock, &AutoLock::lockRequested);
        autoLock.setArmed(true);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    }

    void disarmedNeverLocks()
    {
        AutoLock autoLock;
        autoLock.setIdleTimeout(100);
        QSignalSpy spy(&autoLock, &AutoLock::lockRequested);
        autoLock.setArmed(true);
        autoLock.setArmed(false);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
    }

    void screenLockerSignalRequestsLock_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::newRow("freedesktop") << "/org/freedesktop/ScreenSaver" << "org.freedesktop.ScreenSaver";
        QTest::newRow("kde") << "/ScreenSaver" << "org.freedesktop.ScreenSaver";
        QTest::newRow("gnome") << "/org/gnome/ScreenSaver" << "org.gnome.ScreenSaver";
    }

    void screenLockerSignalRequestsLock()
    {
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        AutoLock autoLock;
        autoLock.setIdleTimeout(0);
        autoLock.setArmed(true);
        QSignalSpy spy(&autoLock, &AutoLock::lockRequested);

        QDBusMessage inactive = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
        inactive << false;
        QDBusConnection::sessionBus().send(inactive);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0); // the screen unlocking is not a reason to lock

        QDBusMessage active = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
        active << true;
        QDBusConnection::sessionBus().send(active);
        QTRY_COMPARE(spy.count(), 1);
    }

    void screenLockIgnoredWhenDisabled()
    {
        AutoLock autoLock;
        autoLock.setIdleTimeout(0);
        autoLock.setLockOnScreenLock(false);
        autoLock.setArmed(true);
        QSignalSpy spy(&autoLock, &AutoLock::lockRequested);
        QDBusMessage active = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                         QStringLiteral("org.freedesktop.ScreenSaver"),
                                                         QStringLiteral("ActiveChanged"));
        active << true;
        QDBusConnection::sessionBus().send(active);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAutoLock test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_autolock.moc"
