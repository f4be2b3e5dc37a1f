// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    using Result = twofold::test::CliResult;

    static Result run(const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &extra = {})
    {
        return twofold::test::runTwofold(arguments, input, extra);
    }

private Q_SLOTS:
    void codePrintsBareCode_data();
    void codePrintsBareCode();
    void codeErrors_data();
    void codeErrors();
    void codeReadsUriFromStdin();
    void helpAndVersion();
    void unknownCommand();
    void refusesToStartWithoutCryptoProvider();
};

void TestCli::codePrintsBareCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString rfc = QStringLiteral("otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8");
    QTest::newRow("rfc 6238 at 59") << QStringList{QStringLiteral("code"), QStringLiteral("--uri"), rfc,
                                                   QStringLiteral("--time"), QStringLiteral("59")}
                                    << QStringLiteral("94287082\n");
    QTest::newRow("beyond 2038") << QStringList{QStringLiteral("code"), QStringLiteral("--uri"), rfc,
                                                QStringLiteral("--time=20000000000")}
                                 << QStringLiteral("65353130\n");
    QTest::newRow("next")
        << QStringList{QStringLiteral("code"),   QStringLiteral("--uri"),      rfc,
                       QStringLiteral("--time"), QStringLiteral("1111111079"), QStringLiteral("--next")}
        << QStringLiteral("07081804\n");
    QTest::newRow("hotp") << QStringList{QStringLiteral("code"), QStringLiteral("--uri"),
                                         QStringLiteral(
                                             "otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                             "&counter=3")}
                          << QStringLiteral("969429\n");
    QTest::newRow("hotp next") << QStringList{QStringLiteral("code"), QStringLiteral("--next"),
                                              QStringLiteral("--uri"),
                                              QStringLiteral(
                                                  "otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                                  "&counter=3")}
                               << QStringLiteral("338314\n");
    QTest::newRow("steam") << QStringList{QStringLiteral("code"), QStringLiteral("--uri"),
                                          QStringLiteral("otpauth://steam/Steam:x?secret="
                                                         "63BEDWCQZKTQWPESARIERL5DTTQFCJTK"),
                                          QStringLiteral("--time"), QStringLiteral("1511200518")}
                           << QStringLiteral("FR8RV\n");
}

void TestCli::codePrintsBareCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = run(arguments);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
}

void TestCli::codeErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    const QString code = QStringLiteral("code");
    const QString uri = QStringLiteral("--uri");
    QTest::newRow("bad scheme") << QStringList{code, uri, QStringLiteral("https://x")}
                                << QStringLiteral("not an otpauth:// link");
    QTest::newRow("bad base32") << QStringList{code, uri, QStringLiteral("otpauth://totp/x?secret=AB1")}
                                << QStringLiteral("“1”, which is not a base32 character");
    QTest::newRow("two secrets") << QStringList{code, uri,
                                                QStringLiteral("otpauth://totp/x?secret=AB&secret=CD")}
                                 << QStringLiteral("“secret” twice");
    QTest::newRow("missing uri") << QStringList{code} << QStringLiteral("--uri URI is required");
    QTest::newRow("bad time") << QStringList{code, uri, QStringLiteral("otpauth://totp/x?secret=JBSWY3DP"),
                                             QStringLiteral("--time"), QStringLiteral("soon")}
                              << QStringLiteral("--time needs a Unix time");
    QTest::newRow("negative time") << QStringList{code, uri,
                                                  QStringLiteral("otpauth://totp/x?secret=JBSWY3DP"),
                                                  QStringLiteral("--time=-5")}
                                   << QStringLiteral("before 1970");
    QTest::newRow("unknown option") << QStringList{code, QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestCli::codeErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(errorPart), qPrintable(result.err));
    QVERIFY2(result.err.startsWith(QLatin1String("twofold: ")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one line
}

void TestCli::codeReadsUriFromStdin()
{
    const Result result = run({QStringLiteral("code"), QStringLiteral("--uri"), QStringLiteral("-"),
                               QStringLiteral("--time"), QStringLiteral("59")},
                              "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("94287082\n"));
}

void TestCli::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("code --uri URI")));
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QLatin1String("twofold ")), qPrintable(version.out));
}

void TestCli::unknownCommand()
{
    const Result result = run({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("unknown command")));
}

void TestCli::refusesToStartWithoutCryptoProvider()
{
    // QCA_NO_PLUGINS hides the OpenSSL provider, as on a system without libqca-qt6-plugins.
    QProcessEnvironment noPlugins;
    noPlugins.insert(QStringLiteral("QCA_NO_PLUGINS"), QStringLiteral("1"));
    const Result result = run(
        {QStringLiteral("code"), QStringLiteral("--uri"), QStringLiteral("otpauth://totp/x?secret=JBSWY3DP")},
        {}, noPlugins);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(QLatin1String("cryptography provider is incomplete")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("hmac(sha256)")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
