// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using twofold::test::CliResult;
using twofold::test::runTwofold;

// inspect and import through the real executable: outputs, exit codes, and that an import adds exactly the
// new, valid entries (10 valid + 3 invalid → the vault grows by 10).
class TestCliTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_password;

    QStringList withVault(QStringList arguments) const
    {
        arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--password-file") << m_password;
        return arguments;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

    static QString fixture(const QString &relative)
    {
        return twofold::test::sharedDir() + QStringLiteral("/fixtures/third-party/") + relative;
    }

    // Ten valid accounts with distinct secrets, three broken lines between them.
    static QByteArray tenValidThreeInvalid()
    {
        QByteArray text = "# exported by hand\n";
        const QByteArray secrets[] = {"JBSWY3DPEHPK3PXA", "JBSWY3DPEHPK3PXB", "JBSWY3DPEHPK3PXC",
                                      "JBSWY3DPEHPK3PXD", "JBSWY3DPEHPK3PXE", "JBSWY3DPEHPK3PXF",
                                      "JBSWY3DPEHPK3PXG", "JBSWY3DPEHPK3PXH", "JBSWY3DPEHPK3PXI",
                                      "JBSWY3DPEHPK3PXJ"};
        int n = 0;
        for (const QByteArray &secret : secrets) {
            text += "otpauth://totp/Site" + QByteArray::number(++n) + ":me?secret=" + secret + "\n";
            if (n % 3 == 0)
                text += "otpauth://totp/Broken" + QByteArray::number(n) + ":me?secret=1111\n";
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (twofold::test::sharedDir().isEmpty())
            QFAIL("../shared (formats and fixtures) is missing next to the source tree; set "
                  "TWOFOLD_SHARED_DIR");
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("vault.twofold"));
        m_password = writeFile(QStringLiteral("password"), "correct horse\n");
        QCOMPARE(runTwofold(withVault({QStringLiteral("init")})).exitCode, 0);
    }

    void inspectPrintsCanonicalUris()
    {
        const CliResult result =
            runTwofold({QStringLiteral("inspect"), fixture(QStringLiteral("otpauth-uri-list/plain.txt"))});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0), QStringLiteral("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&"
                                             "issuer=Deno&algorithm=SHA1&digits=6&period=30"));
        QVERIFY(lines.at(6).startsWith(QLatin1String("otpauth://steam/Boeing:Sophia?")));
    }

    void inspectReportsRejectedEntries()
    {
        const QString file = writeFile(QStringLiteral("mixed.txt"), tenValidThreeInvalid());
        const CliResult result = runTwofold({QStringLiteral("inspect"), file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out.count(QLatin1Char('\n')), 10);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 3);
        QVERIFY2(result.err.contains(QLatin1String("Broken3:me")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("not a base32 character")), qPrintable(result.err));
    }

    void inspectUnreadableFiles()
    {
        const CliResult missing =
            runTwofold({QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(QLatin1String("twofold: There is no file at")),
                 qPrintable(missing.err));
        const CliResult unknown = runTwofold(
            {QStringLiteral("inspect"), writeFile(QStringLiteral("notes.txt"), "shopping list\n")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("does not recognise")), qPrintable(unknown.err));
        QCOMPARE(unknown.out, QString());
    }

    void importAddsExactlyTheNewValidEntries()
    {
        const QString file = writeFile(QStringLiteral("mixed.txt"), tenValidThreeInvalid());
        const CliResult imported = runTwofold(withVault({QStringLiteral("import"), file}));
        QCOMPARE(imported.exitCode, 1); // some entries were rejected
        QCOMPARE(imported.out.count(QLatin1String("added\t")), 10);
        QCOMPARE(imported.err.count(QLatin1String("rejected")), 3);
        const CliResult listed = runTwofold(withVault({QStringLiteral("list")}));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count(QLatin1Char('\n')), 10);

        // Again: everything is a duplicate of what is now stored, so nothing changes.
        const CliResult again = runTwofold(withVault({QStringLiteral("import"), file}));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.out.count(QLatin1String("duplicate\t")), 10);
        QCOMPARE(again.out.count(QLatin1String("added\t")), 0);
        QCOMPARE(runTwofold(withVault({QStringLiteral("list")})).out, listed.out);
    }

    void exportEveryFormatAndReadItBack()
    {
        const QString exportPassword = writeFile(QStringLiteral("export-password"), "another secret\n");
        const QString expected = runTwofold({QStringLiteral("inspect"),
                                             writeFile(QStringLiteral("again.txt"), tenValidThreeInvalid())})
                                     .out;
        QCOMPARE(expected.count(QLatin1Char('\n')), 10);
        struct Case
        {
            const char *format;
            bool encrypted;
        };
        for (const Case &c :
             {Case{"twofold", true}, Case{"aegis", true}, Case{"aegis-plain", false}, Case{"uris", false}}) {
            const QString file = m_dir.filePath(QStringLiteral("export-") + QLatin1String(c.format));
            QStringList arguments{QStringLiteral("export"), file, QStringLiteral("--format"),
                                  QLatin1String(c.format)};
            arguments << (c.encrypted ? QStringList{QStringLiteral("--export-password-file"), exportPassword}
                                      : QStringList{QStringLiteral("--unencrypted")});
            const CliResult exported = runTwofold(withVault(arguments));
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QCOMPARE(exported.out, file + QLatin1Char('\n'));
            QCOMPARE(QFile::permissions(file) & 0x7077, QFile::ReadOwner | QFile::WriteOwner); // 0600
            QStringList inspect{QStringLiteral("inspect"), file};
            if (c.encrypted)
                inspect << QStringLiteral("--password-file") << exportPassword;
            const CliResult back = runTwofold(inspect);
            QVERIFY2(back.exitCode == 0, qPrintable(QLatin1String(c.format) + back.err));
            QCOMPARE(back.out, expected);
            if (c.encrypted) {
                const CliResult wrong = runTwofold(
                    {QStringLiteral("inspect"), file, QStringLiteral("--password-file"), m_password});
                QCOMPARE(wrong.exitCode, 3);
            }
        }
    }

    void paperBackupIsAPdf()
    {
        const QString file = m_dir.filePath(QStringLiteral("paper.pdf"));
        const CliResult refused = runTwofold(
            withVault({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf")}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--unencrypted")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(file));
        const CliResult written =
            runTwofold(withVault({QStringLiteral("export"), file, QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("--unencrypted")}));
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(pdf.size() > 10'000, "ten QR codes and their text");
    }

    void aTwofoldBackupRestoresIntoANewVault()
    {
        const QString exportPassword = writeFile(QStringLiteral("export-password"), "another secret\n");
        const QString backup = m_dir.filePath(QStringLiteral("export-twofold"));
        const QString other = m_dir.filePath(QStringLiteral("other.twofold"));
        const QStringList otherVault{QStringLiteral("--vault"), other, QStringLiteral("--password-file"),
                                     m_password};
        QCOMPARE(runTwofold(QStringList{QStringLiteral("init")} + otherVault).exitCode, 0);
        const CliResult imported =
            runTwofold(QStringList{QStringLiteral("import"), backup, QStringLiteral("--import-password-file"),
                                   exportPassword} +
                       otherVault);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.count(QLatin1String("added\t")), 10);
        const auto names = [](const QString &list) {
            QStringList out;
            for (const QString &line : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << line.section(QLatin1Char('\t'), 1); // without the uuid
            out.sort();
            return out;
        };
        QCOMPARE(names(runTwofold(QStringList{QStringLiteral("list")} + otherVault).out),
                 names(runTwofold(withVault({QStringLiteral("list")})).out));
    }

    void keePassDatabasesWithKeyFiles()
    {
        const auto kdbx = [](const QString &name) {
            return QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/kdbx/") + name;
        };
        const QString password = writeFile(QStringLiteral("kdbx-password"), "fixture-password\n");
        const QString database = kdbx(QStringLiteral("kdbx4-keyfile-binary32.kdbx"));
        const QString key = kdbx(QStringLiteral("binary32.key"));
        CliResult result = runTwofold({QStringLiteral("inspect"), database, QStringLiteral("--password-file"),
                                       password, QStringLiteral("--key-file"), key});
        QCOMPARE(result.exitCode, 1); // the entry whose otp URI has no secret
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
        QVERIFY2(result.err.contains(QLatin1String("Broken:gina")), qPrintable(result.err));

        // A database unlocked by its key file alone: no password asked for.
        result = runTwofold({QStringLiteral("inspect"), kdbx(QStringLiteral("kdbx4-keyfile-hex64-only.kdbx")),
                             QStringLiteral("--key-file"), kdbx(QStringLiteral("hex64.key"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);

        const QString wrongPassword = writeFile(QStringLiteral("wrong"), "wrong\n");
        QCOMPARE(runTwofold({QStringLiteral("inspect"), database, QStringLiteral("--password-file"),
                             wrongPassword, QStringLiteral("--key-file"), key})
                     .exitCode,
                 3);
        QCOMPARE(runTwofold({QStringLiteral("inspect"), database, QStringLiteral("--password-file"), password,
                             QStringLiteral("--key-file"), kdbx(QStringLiteral("hex64.key"))})
                     .exitCode,
                 3);
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString cut = writeFile(QStringLiteral("cut.kdbx"), file.readAll().chopped(200));
        result = runTwofold({QStringLiteral("inspect"), cut, QStringLiteral("--password-file"), password,
                             QStringLiteral("--key-file"), key});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("damaged")), qPrintable(result.err));
        QCOMPARE(runTwofold({QStringLiteral("inspect"), database, QStringLiteral("--password-file"), password,
                             QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("missing.key"))})
                     .exitCode,
                 2);

        result = runTwofold(
            withVault({QStringLiteral("import"), database, QStringLiteral("--import-password-file"), password,
                       QStringLiteral("--key-file"), key}));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
        QVERIFY2(result.out.contains(QLatin1String("Nextcloud\tdave")), qPrintable(result.out));
    }

    void importChecksItsOptions()
    {
        const CliResult bad =
            runTwofold(withVault({QStringLiteral("import"), QStringLiteral("x"),
                                  QStringLiteral("--duplicates"), QStringLiteral("maybe")}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--duplicates")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
