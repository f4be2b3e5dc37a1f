// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using twofold::test::CliResult;
using twofold::test::runTwofold;

// init, list, show and add through the real executable: outputs, exit codes and error lines.
class TestCliVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_password;

    QStringList withVault(QStringList arguments, const QString &passwordFile = {}) const
    {
        arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--password-file")
                  << (passwordFile.isEmpty() ? m_password : passwordFile);
        return arguments;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("fresh/dir/vault.twofold"));
        // The first line is the password; the rest of the file is not part of it.
        m_password = writeFile(QStringLiteral("password"), "Grüße 🔐\nnot the password\n");
    }

    void initCreatesTheVault()
    {
        const CliResult result = runTwofold(withVault({QStringLiteral("init")}));
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, m_vault + QLatin1Char('\n'));
        struct stat status{};
        QCOMPARE(::stat(QFile::encodeName(m_vault).constData(), &status), 0);
        QCOMPARE(int(status.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(m_dir.filePath(QStringLiteral("fresh/dir"))).constData(), &status),
                 0);
        QCOMPARE(int(status.st_mode & 0777), 0700);
    }

    void initRefusesToOverwrite()
    {
        QFile file(m_vault);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const CliResult result = runTwofold(withVault({QStringLiteral("init")}));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("already exists")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void addListShow()
    {
        const CliResult added = runTwofold(withVault(
            {QStringLiteral("add"),
             QStringLiteral(
                 "otpauth://totp/GitHub:octocat?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")}));
        QCOMPARE(added.err, QString());
        QCOMPARE(added.exitCode, 0);
        const QString uuid = added.out.trimmed();
        QCOMPARE(uuid.size(), 36);

        // From standard input, so the secret stays out of the process list.
        const CliResult fromStdin =
            runTwofold(withVault({QStringLiteral("add"), QStringLiteral("-")}),
                       "otpauth://hotp/GitLab:octocat?secret=JBSWY3DPEHPK3PXP&counter=0\n");
        QCOMPARE(fromStdin.exitCode, 0);

        const CliResult listed = runTwofold(withVault({QStringLiteral("list")}));
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), uuid + QStringLiteral("\ttotp\tGitHub\toctocat"));
        QVERIFY(lines.at(1).endsWith(QLatin1String("\thotp\tGitLab\toctocat")));

        const CliResult shown = runTwofold(withVault({QStringLiteral("show"), QStringLiteral("github"),
                                                      QStringLiteral("--time"), QStringLiteral("59")}));
        QCOMPARE(shown.err, QString());
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out, QStringLiteral("94287082\n"));
        const CliResult next =
            runTwofold(withVault({QStringLiteral("show"), uuid.left(8), QStringLiteral("--time"),
                                  QStringLiteral("29"), QStringLiteral("--next")}));
        QCOMPARE(next.out, QStringLiteral("94287082\n"));
    }

    void showingAnHotpCodeMovesTheCounter()
    {
        const QStringList show = withVault({QStringLiteral("show"), QStringLiteral("GitLab")});
        const CliResult first = runTwofold(show);
        const CliResult second = runTwofold(show);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(first.out != second.out, "a shown HOTP code is used up");
    }

    void showAmbiguousAndMissing()
    {
        const CliResult ambiguous =
            runTwofold(withVault({QStringLiteral("show"), QStringLiteral("octocat")}));
        QCOMPARE(ambiguous.exitCode, 2);
        QCOMPARE(ambiguous.out, QString());
        QVERIFY(ambiguous.err.contains(QLatin1String("Several accounts match")));
        QVERIFY(ambiguous.err.contains(QLatin1String("GitHub")) &&
                ambiguous.err.contains(QLatin1String("GitLab")));

        const CliResult missing = runTwofold(withVault({QStringLiteral("show"), QStringLiteral("nowhere")}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("No account matches")));
    }

    void duplicatesAndBadInput()
    {
        const CliResult duplicate = runTwofold(
            withVault({QStringLiteral("add"),
                       QStringLiteral("otpauth://totp/Other:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")}));
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains(QLatin1String("already in the vault")), qPrintable(duplicate.err));
        const CliResult bad =
            runTwofold(withVault({QStringLiteral("add"), QStringLiteral("otpauth://totp/x")}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("no secret")), qPrintable(bad.err));
    }

    void wrongPasswordIsExit3()
    {
        const QString wrong = writeFile(QStringLiteral("wrong"), "Grüße 🔐 \n");
        const CliResult result = runTwofold(withVault({QStringLiteral("list")}, wrong));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err, QStringLiteral("twofold: Wrong password.\n"));
    }

    void damagedAndNewerVaultsAreExit4()
    {
        QFile original(m_vault);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        original.close();

        // The last test to use the vault: damage it in place, so its own backups are there to offer.
        const QString damagedPath = m_vault;
        QByteArray damaged = bytes;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x04);
        writeFile(QStringLiteral("fresh/dir/vault.twofold"), damaged);
        CliResult result = runTwofold({QStringLiteral("list"), QStringLiteral("--vault"), damagedPath,
                                       QStringLiteral("--password-file"), m_password});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("damaged")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Newest backup that opens: ")), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);

        QByteArray newer = bytes;
        newer.replace("TWOFOLD-VAULT 1.1", "TWOFOLD-VAULT 7.0");
        const QString newerPath = writeFile(QStringLiteral("newer.twofold"), newer);
        result = runTwofold({QStringLiteral("list"), QStringLiteral("--vault"), newerPath,
                             QStringLiteral("--password-file"), m_password});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("newer Twofold (format 7.0)")), qPrintable(result.err));
        QFile check(newerPath);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), newer);
    }

    void missingVaultAndPasswordFile()
    {
        CliResult result = runTwofold({QStringLiteral("list"), QStringLiteral("--vault"),
                                       m_dir.filePath(QStringLiteral("none.twofold")),
                                       QStringLiteral("--password-file"), m_password});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("There is no vault")));
        result = runTwofold(withVault({QStringLiteral("list")}, m_dir.filePath(QStringLiteral("nope"))));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("no such file")), qPrintable(result.err));
    }

    void olderVaultThanLastOpenedWarnsOnce()
    {
        QTemporaryDir state;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
        const QString vault = m_dir.filePath(QStringLiteral("rollback/vault.twofold"));
        const auto run = [&](QStringList arguments) {
            arguments << QStringLiteral("--vault") << vault << QStringLiteral("--password-file")
                      << m_password;
            return runTwofold(arguments, {}, environment);
        };
        const auto add = [&](const char *uri) { return run({QStringLiteral("add"), QLatin1String(uri)}); };
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(add("otpauth://totp/Older:r?secret=JBSWY3DPEHPK3PXP").err, QString());
        QFile file(vault);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray older = file.readAll();
        file.close();
        QCOMPARE(add("otpauth://totp/Newer:s?secret=JBSWY3DPEHPK3PXQ").err, QString());

        writeFile(QStringLiteral("rollback/vault.twofold"), older); // an older copy put back
        const CliResult warned = run({QStringLiteral("list")});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.out.contains(QLatin1String("Older")), qPrintable(warned.out));
        QVERIFY2(warned.err.startsWith(
                     QLatin1String("twofold: This vault is older than the one you last opened here")),
                 qPrintable(warned.err));
        QCOMPARE(warned.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(run({QStringLiteral("list")}).err, QString()); // reported once
    }

    void goldenVaultThroughTheCli()
    {
        const QString password = writeFile(QStringLiteral("golden"), "Grüße, Jürgen! Ça va? Пароль 密码 ñ\n");
        const CliResult result =
            runTwofold({QStringLiteral("show"), QStringLiteral("steam"), QStringLiteral("--time"),
                        QStringLiteral("1511200518"), QStringLiteral("--vault"),
                        QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/golden/nonascii.twofold"),
                        QStringLiteral("--password-file"), password});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out, QStringLiteral("FR8RV\n"));
    }

    void addedLinkLeavesTheProcessList()
    {
        // `add LINK` then waits for its password (here from a pipe); meanwhile `ps` must not show the secret.
        const QByteArray secret = "KRUGS4ZANFZSAYLOEBQWIZDFMQQHGZLD";
        const QStringList vault{QStringLiteral("--vault"), m_dir.filePath(QStringLiteral("hidden.twofold"))};
        QCOMPARE(runTwofold(QStringList{QStringLiteral("init")} << vault << QStringLiteral("--password-file")
                                                                << m_password)
                     .exitCode,
                 0);
        QProcess process;
        process.start(QStringLiteral(TWOFOLD_BINARY),
                      QStringList{QStringLiteral("add"),
                                  QStringLiteral("otpauth://totp/Hidden:me?secret=") + QLatin1String(secret)}
                          << vault << QStringLiteral("--password-file") << QStringLiteral("/dev/stdin"));
        QVERIFY(process.waitForStarted());
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        const auto shown = [&] {
            cmdline.close();
            return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown().contains("--vault") && !shown().contains(secret),
                                  "the link is cleared from /proc/PID/cmdline", 5000);
        QCOMPARE(process.state(), QProcess::Running); // still waiting for the password
        QFile password(m_password);
        QVERIFY(password.open(QIODevice::ReadOnly));
        process.write(password.readAll());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.readAllStandardError(), QByteArray());
        QCOMPARE(process.exitCode(), 0);
        const CliResult listed = runTwofold(QStringList{QStringLiteral("list")}
                                            << vault << QStringLiteral("--password-file") << m_password);
        QVERIFY2(listed.out.contains(QLatin1String("\tHidden\tme")), qPrintable(listed.out + listed.err));
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
