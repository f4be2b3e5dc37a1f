// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace twofold {

// `twofold SUBCOMMAND …`: plain, machine-readable output on stdout, one-line errors on stderr and the
// shared exit codes (cli/ExitCode.h). Works without a display; only QCoreApplication is needed.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when `arguments` (argv, program name first) ask for the command line rather than the GUI:
    // anything except no arguments, an otpauth:// link, or Qt's own GUI options.
    static bool handles(const QStringList &arguments);

    // True for the commands that read or draw images (scan, export with its PDF): ImageCommands runs them, in
    // `twofold-images`, so that `twofold` itself needs no Qt Gui.
    static bool drawsImages(const QString &command);

    CommandLine(QTextStream &out, QTextStream &err, QTextStream &in);

    // Runs any other command and returns the process exit code.
    int run(const QStringList &arguments);

private:
    int code(const QStringList &arguments);
    int usageError(const QString &message);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};

} // namespace twofold
