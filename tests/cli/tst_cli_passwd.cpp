// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using namespace twofold;
using namespace twofold::test;

namespace {
struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen; // everything the terminal showed
};

// Runs `twofold` on a new pseudo-terminal, its controlling terminal as in a shell, and types each line at
// the next password prompt once echo is off there, as a person would.
TerminalRun runOnTerminal(const QStringList &arguments, const QList<QByteArray> &lines)
{
    TerminalRun run;
    QList<QByteArray> words{QByteArrayLiteral(TWOFOLD_BINARY)};
    for (const QString &argument : arguments)
        words << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    const QDeadlineTimer deadline(60'000);
    bool open = true;
    const auto readSome = [&] {
        pollfd ready{terminal, POLLIN, 0};
        if (::poll(&ready, 1, 20) <= 0)
            return;
        char buffer[512];
        const ssize_t count = ::read(terminal, buffer, sizeof buffer);
        if (count > 0)
            run.screen.append(buffer, count);
        else
            open = false; // the program ended and the terminal closed
    };
    const auto echoIsOff = [&] {
        termios mode{};
        return ::tcgetattr(terminal, &mode) == 0 && !(mode.c_lflag & ECHO);
    };
    for (qsizetype i = 0; i < lines.size() && open && !deadline.hasExpired(); ++i) {
        while (open && !deadline.hasExpired() && !(run.screen.count("password: ") > i && echoIsOff()))
            readSome();
        const QByteArray typed = lines.at(i) + '\n';
        if (::write(terminal, typed.constData(), size_t(typed.size())) != typed.size())
            break;
    }
    while (open && !deadline.hasExpired())
        readSome();
    ::close(terminal);
    int status = 0;
    if (deadline.hasExpired())
        ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return run;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Expected<VaultFile> parsed(const QString &path)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    return bytes ? VaultFile::parse(*bytes) : Expected<VaultFile>(std::unexpected(bytes.error()));
}
} // namespace

// `twofold passwd` through the real executable: password files and the terminal prompt, the exit codes,
// an unchanged vault after every failure, and the backups following the new key.
class TestCliPasswd : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

    // A vault with one account and `password`, made with the cheap test KDF (so a change raises it).
    QString makeVault(const QString &name, const QByteArray &password) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral("/vault.twofold"));
        VaultStore store(path);
        if (!store.create(bytes(password), fastKdf()) ||
            !store.add(*OtpAuthUri::parse("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP")) ||
            !store.save())
            return {};
        return path;
    }

    static CliResult list(const QString &vault, const QString &passwordFile)
    {
        return runTwofold({QStringLiteral("list"), QStringLiteral("--vault"), vault,
                           QStringLiteral("--password-file"), passwordFile});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY(m_dir.isValid());
    }

    void passwordFilesChangeThePassword()
    {
        const QString vault = makeVault(QStringLiteral("files"), "old pässword");
        QVERIFY(!vault.isEmpty());
        const QString old = writeFile(QStringLiteral("old"), "old pässword\n");
        const QString next = writeFile(QStringLiteral("new"), "new pässword 🔐\nnot part of it\n");
        const QStringList backups = VaultStore(vault).backups();
        QVERIFY(!backups.isEmpty());

        const CliResult result =
            runTwofold({QStringLiteral("passwd"), QStringLiteral("--vault"), vault,
                        QStringLiteral("--password-file"), old, QStringLiteral("--new-password-file"), next});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString()); // nothing on stdout, like a Unix passwd
        // The cheap KDF was below the default: the change raised it and says so (one line).
        QCOMPARE(result.err,
                 QStringLiteral("twofold: the password's key derivation was raised to the current default "
                                "(Argon2id, 64 MiB, 3 passes)\n"));
        QCOMPARE(parsed(vault)->unlockSlots().constFirst().kdf.memoryKiB, 65536u);

        QCOMPARE(list(vault, old).exitCode, 3);
        const CliResult listed = list(vault, next);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QLatin1String("\ttotp\tGitHub\toctocat")));
        // The backups made before follow the new password, and only it.
        for (const QString &backup : backups) {
            QCOMPARE(list(backup, old).exitCode, 3);
            QCOMPARE(list(backup, next).exitCode, 0);
        }
    }

    void keepBackupsLeavesThemUnderTheOldPassword()
    {
        const QString vault = makeVault(QStringLiteral("keep"), "old");
        const QString old = writeFile(QStringLiteral("keep-old"), "old\n");
        const QString next = writeFile(QStringLiteral("keep-new"), "new\n");
        const QString backup = VaultStore(vault).backups().constFirst();
        const QByteArray before = contentsOf(backup);
        const CliResult result = runTwofold(
            {QStringLiteral("passwd"), QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
             old, QStringLiteral("--new-password-file"), next, QStringLiteral("--keep-backups")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QLatin1String("earlier backup")) &&
                     result.err.contains(QLatin1String("still open with the old password")),
                 qPrintable(result.err));
        QCOMPARE(contentsOf(backup), before);
        QCOMPARE(list(backup, old).exitCode, 0);
        QCOMPARE(list(vault, next).exitCode, 0);
    }

    void wrongCurrentPasswordIsExit3AndChangesNothing()
    {
        const QString vault = makeVault(QStringLiteral("wrong"), "right");
        const QByteArray before = contentsOf(vault);
        const CliResult result = runTwofold(
            {QStringLiteral("passwd"), QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
             writeFile(QStringLiteral("wrong-old"), "wrong\n"), QStringLiteral("--new-password-file"),
             writeFile(QStringLiteral("wrong-new"), "new\n")});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("twofold: Wrong password.\n"));
        QCOMPARE(contentsOf(vault), before);
    }

    void emptyNewPasswordIsExit2()
    {
        const QString vault = makeVault(QStringLiteral("empty"), "right");
        const QByteArray before = contentsOf(vault);
        const CliResult result =
            runTwofold({QStringLiteral("passwd"), QStringLiteral("--vault"), vault,
                        QStringLiteral("--password-file"), writeFile(QStringLiteral("empty-old"), "right\n"),
                        QStringLiteral("--new-password-file"), writeFile(QStringLiteral("empty-new"), "\n")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QStringLiteral("twofold: The password is empty.\n"));
        QCOMPARE(contentsOf(vault), before);
    }

    void damagedOrMissingVault()
    {
        const QString vault = makeVault(QStringLiteral("damaged"), "right");
        QByteArray damaged = contentsOf(vault);
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x04);
        writeFile(QStringLiteral("damaged/vault.twofold"), damaged);
        const QString old = writeFile(QStringLiteral("damaged-old"), "right\n");
        const QString next = writeFile(QStringLiteral("damaged-new"), "new\n");
        CliResult result =
            runTwofold({QStringLiteral("passwd"), QStringLiteral("--vault"), vault,
                        QStringLiteral("--password-file"), old, QStringLiteral("--new-password-file"), next});
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(contentsOf(vault), damaged);

        result =
            runTwofold({QStringLiteral("passwd"), QStringLiteral("--vault"),
                        m_dir.filePath(QStringLiteral("none.twofold")), QStringLiteral("--password-file"),
                        old, QStringLiteral("--new-password-file"), next});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("There is no vault")), qPrintable(result.err));
        result = runTwofold({QStringLiteral("passwd"), QStringLiteral("extra")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("unexpected argument")), qPrintable(result.err));
    }

    void promptsOnTheTerminalWithoutEcho()
    {
        const QString vault = makeVault(QStringLiteral("terminal"), "old secret");
        const TerminalRun run = runOnTerminal({QStringLiteral("passwd"), QStringLiteral("--vault"), vault},
                                              {"old secret", "typed new one", "typed new one"});
        QVERIFY2(run.exitCode == 0, run.screen.constData());
        QVERIFY2(run.screen.contains("Current vault password: "), run.screen.constData());
        QVERIFY2(run.screen.contains("New vault password: "), run.screen.constData());
        QVERIFY2(run.screen.contains("Repeat the password: "), run.screen.constData());
        QVERIFY2(!run.screen.contains("old secret") && !run.screen.contains("typed new one"),
                 "nothing typed is echoed");
        QCOMPARE(list(vault, writeFile(QStringLiteral("terminal-new"), "typed new one\n")).exitCode, 0);
    }

    void mismatchOnTheTerminalIsExit2AndChangesNothing()
    {
        const QString vault = makeVault(QStringLiteral("mismatch"), "old secret");
        const QByteArray before = contentsOf(vault);
        const TerminalRun run = runOnTerminal({QStringLiteral("passwd"), QStringLiteral("--vault"), vault},
                                              {"old secret", "one new", "another new"});
        QVERIFY2(run.exitCode == 2, run.screen.constData());
        QVERIFY2(run.screen.contains("the new passwords differ; nothing was changed"),
                 run.screen.constData());
        QCOMPARE(contentsOf(vault), before);
    }
};

QTEST_GUILESS_MAIN(TestCliPasswd)
#include "tst_cli_passwd.moc"
