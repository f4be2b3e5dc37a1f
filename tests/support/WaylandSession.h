// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace twofold::test {

// The tools of a Wayland session started by tests/wayland/with-sway, as a person would use them: grim for
// screenshots, wl-paste to read the clipboard (as another client, so the compositor decides what it
// sees), wtype for keyboard input through the virtual-keyboard protocol, and the tray host's side of
// StatusNotifierItem and dbusmenu over D-Bus (list the items, click one). Every tool runs while the event
// loop keeps going: the clipboard is served by the very process that waits for wl-paste.
class WaylandSession
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    struct MenuItem
    {
        int id = 0;
        QString label;
        bool visible = true;
    };

    static bool active() { return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"); }

    // The tool a test needs but the machine lacks, or empty.
    static QString missingTool()
    {
        for (const char *tool : {"sway", "grim", "wl-paste", "wtype"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QString::fromLatin1(tool);
        return {};
    }

    static Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(program, arguments);
        Run result;
        if (!process.waitForStarted(10'000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        QDeadlineTimer deadline(30'000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The clipboard as another client reads it; empty when it is empty.
    static QString clipboard()
    {
        return run(QStringLiteral("wl-paste"), {QStringLiteral("--no-newline")}).out;
    }

    static QStringList clipboardTypes()
    {
        return run(QStringLiteral("wl-paste"), {QStringLiteral("--list-types")})
            .out.split(u'\n', Qt::SkipEmptyParts);
    }

    // Types text into the focused window through a virtual keyboard, as an input method or a user would.
    static bool type(const QString &text)
    {
        // The pause lets the compositor hand the new keyboard's keymap to the window before the first key:
        // without it the first characters arrive before the keymap and are lost.
        return run(QStringLiteral("wtype"),
                   {QStringLiteral("-s"), QStringLiteral("300"), QStringLiteral("--"), text})
                   .exitCode == 0;
    }

    // One key by its XKB name ("Return", "Escape", "Down"), with modifiers ("ctrl", "alt") held.
    static bool key(const QString &name, const QStringList &modifiers = {})
    {
        QStringList arguments{QStringLiteral("-s"), QStringLiteral("300")};
        for (const QString &modifier : modifiers)
            arguments << QStringLiteral("-M") << modifier;
        arguments << QStringLiteral("-k") << name;
        for (const QString &modifier : modifiers)
            arguments << QStringLiteral("-m") << modifier;
        return run(QStringLiteral("wtype"), arguments).exitCode == 0;
    }

    // The whole screen, as the compositor composed it, into screenshots/NAME.png.
    static bool screenshot(const QString &name)
    {
        QDir().mkpath(QStringLiteral("screenshots"));
        return run(QStringLiteral("grim"), {QStringLiteral("screenshots/%1.png").arg(name)}).exitCode == 0;
    }

    static QString swaymsg(const QStringList &arguments)
    {
        return run(QStringLiteral("swaymsg"), arguments).out;
    }

    static bool portalOffersScreenshot()
    {
        QDBusInterface screenshot(QStringLiteral("org.freedesktop.portal.Desktop"),
                                  QStringLiteral("/org/freedesktop/portal/desktop"),
                                  QStringLiteral("org.freedesktop.portal.Screenshot"));
        return screenshot.property("version").isValid();
    }

    // "service/path" of each StatusNotifierItem the tray host shows. Asked by another process (gdbus), as
    // a tray host would: a blocking call from this process to its own item would wait for itself.
    static QStringList trayItems()
    {
        const Run reply =
            gdbus({QStringLiteral("--dest"), QStringLiteral("org.kde.StatusNotifierWatcher"),
                   QStringLiteral("--object-path"), QStringLiteral("/StatusNotifierWatcher"),
                   QStringLiteral("--method"), QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                   QStringLiteral("org.kde.StatusNotifierWatcher"),
                   QStringLiteral("RegisteredStatusNotifierItems")});
        QStringList items;
        static const QRegularExpression quoted(QStringLiteral("'([^']+)'"));
        for (const auto &match : quoted.globalMatch(reply.out))
            items << match.captured(1);
        return items;
    }

    // The item's dbusmenu: its service and the object path Qt exports menus at.
    static std::pair<QString, QString> menuOf(const QString &item)
    {
        return {item.left(item.indexOf(u'/')), QStringLiteral("/MenuBar")};
    }

    // Every item of the menu, depth first, as the tray host would show it.
    static QList<MenuItem> menuItems(const std::pair<QString, QString> &menu)
    {
        const Run reply =
            gdbus({QStringLiteral("--dest"), menu.first, QStringLiteral("--object-path"), menu.second,
                   QStringLiteral("--method"), QStringLiteral("com.canonical.dbusmenu.GetLayout"),
                   QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("[]")});
        QList<MenuItem> items;
        static const QRegularExpression entry(QStringLiteral("\\((\\d+), \\{([^}]*)\\}"));
        static const QRegularExpression label(QStringLiteral("'label': <'([^']*)'>"));
        for (const auto &match : entry.globalMatch(reply.out)) {
            MenuItem item;
            item.id = match.captured(1).toInt();
            const QString properties = match.captured(2);
            item.label = label.match(properties).captured(1);
            item.visible = !properties.contains(QLatin1String("'visible': <false>"));
            if (item.id != 0)
                items << item;
        }
        return items;
    }

    // What a tray host sends when the user clicks an item.
    static bool clickMenuItem(const std::pair<QString, QString> &menu, int id)
    {
        return gdbus({QStringLiteral("--dest"), menu.first, QStringLiteral("--object-path"), menu.second,
                      QStringLiteral("--method"), QStringLiteral("com.canonical.dbusmenu.Event"),
                      QString::number(id), QStringLiteral("clicked"), QStringLiteral("<0>"),
                      QStringLiteral("0")})
                   .exitCode == 0;
    }

    static QStringList visibleLabels(const QList<MenuItem> &items)
    {
        QStringList labels;
        for (const MenuItem &item : items)
            if (item.visible && !item.label.isEmpty())
                labels << item.label;
        return labels;
    }

private:
    static Run gdbus(const QStringList &arguments)
    {
        return run(QStringLiteral("gdbus"),
                   QStringList{QStringLiteral("call"), QStringLiteral("--session")} + arguments);
    }
};

} // namespace twofold::test
