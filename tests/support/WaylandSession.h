// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
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

    // `program` to its end (30 s at most) while this process's event loop keeps serving; `environment`
    // replaces the inherited one when given.
    static Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
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
        // A model change shows a frame or two later: let the window draw it and the compositor show it.
        QTest::qWait(300);
        QDir().mkpath(QStringLiteral("screenshots"));
        return run(QStringLiteral("grim"), {QStringLiteral("screenshots/%1.png").arg(name)}).exitCode == 0;
    }

    // Runs a sway command; whether sway accepted it.
    static bool swaymsg(const QStringList &arguments)
    {
        return run(QStringLiteral("swaymsg"), arguments).exitCode == 0;
    }

    static bool portalOffersScreenshot()
    {
        QDBusInterface screenshot(QStringLiteral("org.freedesktop.portal.Desktop"),
                                  QStringLiteral("/org/freedesktop/portal/desktop"),
                                  QStringLiteral("org.freedesktop.portal.Screenshot"));
        return screenshot.property("version").isValid();
    }

    // While on, the screenshot portal's back end fails to capture the screen (tests/wayland/with-sway's
    // switch): the portal answers "failed" (response 2), as where the compositor refuses screen capture.
    static bool failScreenshots(bool fail)
    {
        const QString path = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/screenshot-fails");
        if (!fail)
            return QFile::remove(path);
        QFile file(path);
        return file.open(QIODevice::WriteOnly);
    }

    // "service/path" of each StatusNotifierItem the tray host shows. Asked by another process
    // (tests/wayland/tray-host), as a tray host would: a blocking call from this process to its own item
    // would wait for itself.
    static QStringList trayItems()
    {
        return trayHost({QStringLiteral("items")}).out.split(u'\n', Qt::SkipEmptyParts);
    }

    // The item's dbusmenu, as its Menu property names it: service and object path; empty if it has none.
    static std::pair<QString, QString> menuOf(const QString &item)
    {
        const QStringList reply = trayHost({QStringLiteral("menu"), item}).out.trimmed().split(u' ');
        if (reply.size() != 2)
            return {};
        return {reply.at(0), reply.at(1)};
    }

    // Every item of the menu, depth first, as the tray host would show it.
    static QList<MenuItem> menuItems(const std::pair<QString, QString> &menu)
    {
        const Run reply = trayHost({QStringLiteral("layout"), menu.first, menu.second});
        QList<MenuItem> items;
        for (const QString &line : reply.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() != 4)
                continue;
            items << MenuItem{fields.at(0).toInt(), fields.at(3), fields.at(1) == QLatin1String("true")};
        }
        return items;
    }

    // What a tray host sends when the user clicks an item.
    static bool clickMenuItem(const std::pair<QString, QString> &menu, int id)
    {
        return trayHost({QStringLiteral("click"), menu.first, menu.second, QString::number(id)}).exitCode ==
               0;
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
    static Run trayHost(const QStringList &arguments)
    {
        return run(QStringLiteral("python3"),
                   QStringList{QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/wayland/tray-host")} + arguments);
    }
};

} // namespace twofold::test
