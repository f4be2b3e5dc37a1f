// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImageCommands.h"

#include "ErrorText.h"
#include "backup/ExportFile.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/TransferCommands.h"
#include "i18n/PaperText.h"
#include "qr/QrDecoder.h"
#include "vault/VaultStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace twofold {

namespace {
// One code per line, and the line says exactly what the code holds: a backslash, newline and carriage
// return inside a code are written as \\, \n and \r.
QByteArray escapedLine(const QByteArray &text)
{
    QByteArray line;
    line.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            line += "\\\\";
        else if (c == '\n')
            line += "\\n";
        else if (c == '\r')
            line += "\\r";
        else
            line += c;
    }
    return line;
}
} // namespace

int ImageCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("scan"))
        return scan(rest);
    if (command == QLatin1String("export"))
        return exportFile(rest);
    return usageError(CommandLine::tr("unknown command “%1”; see twofold --help").arg(command));
}

int ImageCommands::scan(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = JsonOutput::option();
    parser.addOption(jsonOption);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        //: Command-line errors start with the command name (scan, code, init, ...), which stays untranslated
        return usageError(CommandLine::tr("scan: give one or more image files"));
    const bool json = parser.isSet(jsonOption);
    QJsonArray codes, errors;
    bool found = false, unreadable = false;
    for (const QString &file : files) {
        const auto texts = QrDecoder::decodeFile(file);
        if (!texts) {
            const QString reason = ErrorText::describe(texts.error());
            m_err << "twofold: " << reason << '\n';
            errors.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), reason}});
            unreadable = true;
            continue;
        }
        for (const QByteArray &text : *texts) {
            found = true;
            if (json)
                codes.append(QJsonObject{{QStringLiteral("file"), file},
                                         {QStringLiteral("text"), QString::fromUtf8(text)}});
            else
                m_out << QString::fromUtf8(escapedLine(text)) << '\n';
        }
    }
    if (json)
        JsonOutput::write(m_out, {{QStringLiteral("codes"), codes}, {QStringLiteral("errors"), errors}});
    m_out.flush();
    m_err.flush();
    return unreadable ? ExitBadInput : found ? ExitOk : ExitPartial;
}

int ImageCommands::exportFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption exportPasswordOption(QStringLiteral("export-password-file"), QString(),
                                                  QStringLiteral("FILE"));
    const QCommandLineOption unencryptedOption(QStringLiteral("unencrypted"));
    parser.addOptions({formatOption, exportPasswordOption, unencryptedOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(TransferCommands::tr("export: give exactly one FILE to write"));
    const auto format = ExportFile::formatNamed(parser.value(formatOption));
    if (!format)
        return usageError(
            TransferCommands::tr("export: --format takes twofold, aegis, aegis-plain, uris or pdf"));
    const bool encrypted = ExportFile::isEncrypted(*format);
    if (!encrypted && !parser.isSet(unencryptedOption))
        return usageError(TransferCommands::tr(
            "export: this format is not encrypted: anyone who gets the file gets your codes. "
            "Add --unencrypted to write it anyway."));

    VaultStore store(vaultPath(parser));
    if (const int unlocked = unlock(parser, store); unlocked != ExitOk)
        return unlocked;
    ExportFile::Options options;
    options.paperText = PaperText::translated();
    if (encrypted) {
        auto password = readNewPassword(
            parser.value(exportPasswordOption), TransferCommands::tr("Password for the exported file: "),
            TransferCommands::tr("export: the passwords differ; nothing was written"), exitCode);
        if (!password)
            return exitCode;
        options.password = std::move(*password);
    }
    const QList<ExportAccount> accounts = store.exportAccounts();
    const QString path = parser.positionalArguments().constFirst();
    if (const auto written = ExportFile::write(path, *format, accounts, options); !written)
        return report(written.error());
    m_out << path << '\n';
    m_out.flush();
    m_err << "twofold: "
          << TransferCommands::tr("%n account(s) written and verified.", "", int(accounts.size())) << '\n';
    m_err.flush();
    return ExitOk;
}

} // namespace twofold
