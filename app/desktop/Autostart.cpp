// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcDesktop, "twofold.desktop")

// One Exec argument: quoted when it holds a reserved character, with the characters that stay special
// inside quotes escaped; then '\' and '%' escaped once more, as the key's value is itself an escaped string.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString quoted = argument;
    if (std::any_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); })) {
        quoted.clear();
        for (const QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted = u'"' + quoted + u'"';
    }
    return quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("%%"));
}
} // namespace

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.twofold.Twofold.desktop");
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QString Autostart::program()
{
    // An AppImage runs from a mount point that changes every time; the image itself stays.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return appImage;
    // The window runs as twofold-window, out of PATH; `twofold`, which started it, is the command to keep.
    const QString command = qEnvironmentVariable("TWOFOLD_COMMAND");
    return command.isEmpty() ? QCoreApplication::applicationFilePath() : command;
}

QByteArray Autostart::entry(const QString &program)
{
    // Not translated: the desktop reads this file, and the installed desktop file carries the translations.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Twofold\n"
                             "Comment=Two-factor authentication codes\n"
                             "Icon=io.github.twofold.Twofold\n"
                             "Exec=") +
           execArgument(program).toUtf8() +
           QByteArrayLiteral(" --minimized\n"
                             "Terminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
}

void Autostart::enable(bool enabled)
{
    if (enabled == isEnabled())
        return;
    setEnabled(enabled); // on failure it logs why; the file on disk stays the truth either way
    Q_EMIT enabledChanged();
}

bool Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        qCWarning(lcDesktop) << "could not remove the autostart entry" << path;
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcDesktop) << "could not create the autostart directory for" << path;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry(program())) < 0 || !file.commit()) {
        qCWarning(lcDesktop) << "could not write the autostart entry" << path << file.errorString();
        return false;
    }
    return true;
}

} // namespace twofold
