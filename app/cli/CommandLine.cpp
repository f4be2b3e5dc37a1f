// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "ErrorText.h"
#include "cli/ClockCommand.h"
#include "cli/ExitCode.h"
#include "cli/PasswdCommand.h"
#include "cli/TransferCommands.h"
#include "cli/VaultCommands.h"
#include "otp/OtpGenerator.h"
#include "start/StartOptions.h"
#include "uri/OtpAuthUri.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

namespace twofold {

namespace {
// Qt's own options that still mean "start the GUI", e.g. `twofold -platform offscreen`.
bool isQtGuiOption(const QString &argument)
{
    static const QStringList options = {
        QStringLiteral("-platform"), QStringLiteral("-platformtheme"), QStringLiteral("-style"),
        QStringLiteral("-reverse"),  QStringLiteral("-display"),       QStringLiteral("-qwindowgeometry"),
    };
    return options.contains(argument) || argument.startsWith(QLatin1String("-qmljsdebugger="));
}
} // namespace

bool CommandLine::drawsImages(const QString &command)
{
    return command == QLatin1String("scan") || command == QLatin1String("export");
}

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !StartOptions::startsWindow(first) && !isQtGuiOption(first);
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

QString CommandLine::usage() const
{
    //: Keep the commands and --options as they are; keep the columns aligned
    return tr("Usage: twofold [--minimized] [otpauth://…]\n"
              "       twofold --quick-copy\n"
              "       twofold COMMAND [OPTIONS]\n"
              "\n"
              "Without a command, Twofold starts its window and offers to add the otpauth:// link, if\n"
              "given; --minimized starts it hidden in the system tray. When Twofold is already running,\n"
              "that window is raised (and shown the link) instead.\n"
              "--quick-copy opens the quick copy popup (type, Enter copies), starting Twofold if needed\n"
              "and asking for the password first if the vault is locked: bind it to a keyboard shortcut.\n"
              "\n"
              "Commands:\n"
              "  code --uri URI [--time UNIX_SECONDS] [--next]\n"
              "        Print the code of an otpauth:// URI (no vault involved). --uri - reads the URI\n"
              "        from the first line of standard input, which keeps the secret out of `ps`.\n"
              "  clock [--server HOST[:PORT]]\n"
              "        Ask a time server (SNTP) how far this computer's clock is off; prints\n"
              "        \"offset +S.SSS s\" (server time minus local time). Without --server, the server\n"
              "        chosen in the window's settings. Exit 1 when the offset is over 10 s, 2 when\n"
              "        the server does not answer within 3 s or its reply is refused.\n"
              "  scan IMAGE… [--json]\n"
              "        Print the text of every QR code in the images, one per line (a backslash,\n"
              "        newline or carriage return inside a code is written as \\\\, \\n or \\r).\n"
              "        Exit 1 if none is found.\n"
              "  init                Create a new vault (and its directory, mode 0700). Never overwrites.\n"
              "  list [--json]       Print one line per account: uuid, type, issuer, name (tab-separated).\n"
              "  show QUERY [--time UNIX_SECONDS] [--next] [--json]\n"
              "        Print the current code of the one account matching QUERY (issuer, name,\n"
              "        issuer:name or uuid). Showing a counter-based (HOTP) code uses it up: the\n"
              "        counter moves on. Several matches: the candidates go to stderr, exit 2.\n"
              "  add URI [--allow-duplicate]\n"
              "        Add an otpauth:// account (- reads it from standard input); prints its uuid.\n"
              "  passwd [--new-password-file F] [--keep-backups]\n"
              "        Change the vault password (asks for the current one, then the new one twice).\n"
              "        The vault gets a new key; a keyring slot is renewed, the old entry removed.\n"
              "        The automatic backups are re-encrypted too, unless --keep-backups. Prints\n"
              "        nothing; exit 3 when the current password is wrong, nothing changed.\n"
              "  inspect FILE [--password-file F] [--key-file K] [--json]\n"
              "        Print the accounts in another app's export or backup as otpauth:// URIs, one\n"
              "        per line; entries that cannot be used go to stderr with the reason (exit 1).\n"
              "        The format is recognised from the content. --password-file gives the file's\n"
              "        password, --key-file a KeePass database's key file (the password is then\n"
              "        read only from --password-file, and may be left out).\n"
              "  import FILE [--import-password-file F] [--key-file K] [--duplicates skip|add] [--json]\n"
              "        Add the accounts of such a file to the vault. Prints one line per account:\n"
              "        added|duplicate, uuid, issuer, name. Duplicates (same secret and type) are\n"
              "        skipped unless --duplicates add. Exit 1 if some entries were rejected or\n"
              "        nothing was added.\n"
              "  export FILE --format twofold|aegis|aegis-plain|uris|pdf\n"
              "         [--export-password-file F] [--unencrypted]\n"
              "        Write every account to FILE: an encrypted Twofold backup, an encrypted or plain\n"
              "        Aegis file (opens in Aegis on Android), otpauth:// lines, or a printable PDF with\n"
              "        QR codes. The file is read back and compared before FILE is printed. Plain\n"
              "        formats need --unencrypted.\n"
              "\n"
              "Vault options (init, list, show, add, passwd, import, export):\n"
              "  --vault PATH            The vault file (default ~/.local/share/twofold/vault.twofold).\n"
              "  --password-file FILE    Read the password from FILE's first line instead of prompting\n"
              "                          (for passwd: the current password).\n"
              "\n"
              "--json (list, show, scan, inspect, import) prints one JSON document instead of lines; its\n"
              "fields are described in the manual page, twofold(1).\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help.\n"
              "  -v, --version    Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 partial or nothing found, 2 bad input or unreadable file,\n"
              "3 wrong password, 4 damaged vault or newer vault version.\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << "twofold: " << message << '\n';
    m_err.flush();
    return ExitBadInput;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return ExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        m_out << "twofold " << TWOFOLD_VERSION << '\n';
        return ExitOk;
    }
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("code"))
        return code(rest);
    if (command == QLatin1String("clock"))
        return ClockCommand(m_out, m_err).clock(rest);
    VaultCommands vault(m_out, m_err, m_in);
    if (command == QLatin1String("init"))
        return vault.init(rest);
    if (command == QLatin1String("list"))
        return vault.list(rest);
    if (command == QLatin1String("show"))
        return vault.show(rest);
    if (command == QLatin1String("add"))
        return vault.add(rest);
    if (command == QLatin1String("passwd"))
        return PasswdCommand(m_out, m_err, m_in).passwd(rest);
    TransferCommands transfer(m_out, m_err, m_in);
    if (command == QLatin1String("inspect"))
        return transfer.inspect(rest);
    if (command == QLatin1String("import"))
        return transfer.importFile(rest);
    return usageError(tr("unknown command “%1”; see twofold --help").arg(command));
}

int CommandLine::code(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"), QString(), QStringLiteral("URI"));
    const QCommandLineOption timeOption(QStringLiteral("time"), QString(), QStringLiteral("UNIX_SECONDS"));
    const QCommandLineOption nextOption(QStringLiteral("next"));
    parser.addOptions({uriOption, timeOption, nextOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("code: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(uriOption))
        return usageError(tr("code: --uri URI is required"));

    QString uriText = parser.value(uriOption);
    if (uriText == QLatin1String("-"))
        uriText = m_in.readLine();

    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(timeOption)) {
        bool ok = false;
        time = parser.value(timeOption).toLongLong(&ok);
        if (!ok)
            return usageError(tr("code: --time needs a Unix time in whole seconds"));
    }

    const auto uri = OtpAuthUri::parse(uriText.toUtf8());
    if (!uri)
        return usageError(ErrorText::describe(uri.error()));
    const auto step = parser.isSet(nextOption) ? OtpGenerator::Step::Next : OtpGenerator::Step::Current;
    const auto code = OtpGenerator::code(uri->secret(), uri->parameters(), time, step);
    if (!code)
        return usageError(ErrorText::describe(code.error()));
    m_out << *code << '\n';
    return ExitOk;
}

} // namespace twofold
