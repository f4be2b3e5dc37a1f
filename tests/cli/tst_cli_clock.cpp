// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "CliVault.h"
#include "SntpResponder.h"
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(twofold::test::SntpResponder::Fault)

namespace {
const QString secret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Preferences in a folder of their own, so the user's chosen time server never leaks in (or out).
QProcessEnvironment configIn(const QString &directory)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), directory);
    return env;
}

QString oathtoolAt(qint64 unixSeconds)
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("--base32"),
                                                QStringLiteral("--now=@%1").arg(unixSeconds), secret});
    oathtool.waitForFinished();
    return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
}
} // namespace

// `twofold clock` against an SNTP responder on 127.0.0.1 started by the test (exit codes, output, each bad
// reply's error line), and `twofold show` using the vault's time correction, checked with oathtool.
class TestCliClock : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_config;

    CliResult clock(const QString &server)
    {
        return runTwofold({QStringLiteral("clock"), QStringLiteral("--server"), server}, {},
                          configIn(m_config.path()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY(m_config.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(),
                 "oathtool is missing: it is in scripts/packages.txt; run via scripts/test");
    }

    void offsetAndExitCode_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("2.5 s behind the server") << qint64(2500) << 0;
        QTest::newRow("9.5 s ahead of the server") << qint64(-9500) << 0;
        QTest::newRow("30 s behind: exit 1") << qint64(30000) << 1;
        QTest::newRow("an hour ahead: exit 1") << qint64(-3600000) << 1;
    }

    void offsetAndExitCode()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(int, exitCode);
        SntpResponder responder(offsetMs);
        const CliResult result = clock(responder.server());
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, exitCode);
        static const QRegularExpression line(QStringLiteral("^offset ([+-]\\d+\\.\\d{3}) s\\n$"));
        const auto match = line.match(result.out);
        QVERIFY2(match.hasMatch(), qPrintable(result.out));
        const double seconds = match.captured(1).toDouble();
        QVERIFY2(qAbs(seconds * 1000 - double(offsetMs)) <= 50, qPrintable(result.out));
    }

    void badRepliesExitTwo_data()
    {
        QTest::addColumn<twofold::test::SntpResponder::Fault>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("short reply")
            << SntpResponder::ShortReply
            << "twofold: clock: Refused the time server's reply: 20 bytes, too short for "
               "SNTP (48 at least).\n";
        QTest::newRow("origin mismatch")
            << SntpResponder::WrongOrigin
            << "twofold: clock: Refused the reply: it does not answer this request (its origin timestamp "
               "differs).\n";
        QTest::newRow("kiss-o'-death") << SntpResponder::KissOfDeath
                                       << "twofold: clock: The time server refused to answer (kiss-o'-death "
                                          "RATE).\n";
        QTest::newRow("unsynchronised")
            << SntpResponder::Unsynchronised
            << "twofold: clock: Refused the reply: the time server says its own clock is not synchronised.\n";
        QTest::newRow("client mode") << SntpResponder::WrongMode
                                     << "twofold: clock: Refused the reply: it is not a time server's answer "
                                        "(mode 3).\n";
        QTest::newRow("version 2")
            << SntpResponder::WrongVersion
            << "twofold: clock: Refused the time server's reply: NTP version 2 (3 or 4 "
               "expected).\n";
    }

    void badRepliesExitTwo()
    {
        QFETCH(twofold::test::SntpResponder::Fault, fault);
        QFETCH(QString, error);
        SntpResponder responder(30000, fault);
        const CliResult result = clock(responder.server());
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, error);
    }

    void silentServerExitsTwoAfterThreeSeconds()
    {
        SntpResponder responder(0, SntpResponder::Silent);
        QElapsedTimer elapsed;
        elapsed.start();
        const CliResult result = clock(responder.server());
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err,
                 QStringLiteral("twofold: clock: The time server did not answer within 3 seconds.\n"));
        QVERIFY2(elapsed.elapsed() >= 2900 && elapsed.elapsed() < 6000,
                 qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(responder.requests(), 1);
    }

    void replyFromAnotherPortExitsTwo()
    {
        SntpResponder responder(0, SntpResponder::WrongSource);
        const CliResult result = clock(responder.server());
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        static const QRegularExpression line(
            QStringLiteral("^twofold: clock: Refused a reply from 127\\.0\\.0\\.1:(\\d+), which is not the "
                           "time server asked; "
                           "the server itself did not answer\\.\\n$"));
        const auto match = line.match(result.err);
        QVERIFY2(match.hasMatch(), qPrintable(result.err));
        QVERIFY(match.captured(1).toInt() != responder.port());
    }

    void serverFromTheSettings()
    {
        QTemporaryDir config;
        const CliResult none = runTwofold({QStringLiteral("clock")}, {}, configIn(config.path()));
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.startsWith(QLatin1String("twofold: clock: no time server chosen")),
                 qPrintable(none.err));

        SntpResponder responder(1000);
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("twofold"))));
        QFile file(config.filePath(QStringLiteral("twofold/twofold.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[clock]\nserver=" + responder.server().toLatin1() + '\n');
        file.close();
        const CliResult chosen = runTwofold({QStringLiteral("clock")}, {}, configIn(config.path()));
        QCOMPARE(chosen.err, QString());
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY2(chosen.out.startsWith(QLatin1String("offset +")), qPrintable(chosen.out));
        QCOMPARE(responder.requests(), 1);
    }

    void badArguments()
    {
        const CliResult badName = clock(QStringLiteral("pool.ntp.org:99999"));
        QCOMPARE(badName.exitCode, 2);
        QCOMPARE(badName.err,
                 QStringLiteral("twofold: clock: “pool.ntp.org:99999” is not a time server: give a "
                                "host name or address, optionally with :PORT.\n"));
        const CliResult extra = runTwofold({QStringLiteral("clock"), QStringLiteral("now")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains(QLatin1String("unexpected argument")), qPrintable(extra.err));
    }

    void showUsesTheVaultsTimeCorrection()
    {
        CliVault vault;
        QVERIFY(vault.isValid());
        QCOMPARE(runTwofold(vault.withVault({QStringLiteral("init")})).exitCode, 0);
        QCOMPARE(runTwofold(vault.withVault({QStringLiteral("add"),
                                             QStringLiteral("otpauth://totp/Example:me?secret=") + secret}))
                     .exitCode,
                 0);
        constexpr qint64 correction = 3600 + 45; // an hour and a half period: another code for sure
        {
            VaultStore store(vault.path());
            QVERIFY(store.unlock(bytes("correct horse")).has_value());
            QCOMPARE(store.timeCorrection(), 0);
            QVERIFY(store.setTimeCorrection(correction).has_value());
            QVERIFY(store.save().has_value());
        }
        {
            VaultStore reopened(vault.path());
            QVERIFY(reopened.unlock(bytes("correct horse")).has_value());
            QCOMPARE(reopened.timeCorrection(), correction);
        }

        // Retried when a period boundary falls between the two readings of the clock.
        bool compared = false;
        for (int attempt = 0; attempt < 3 && !compared; ++attempt) {
            const qint64 before = QDateTime::currentSecsSinceEpoch();
            const CliResult shown =
                runTwofold(vault.withVault({QStringLiteral("show"), QStringLiteral("Example")}));
            const qint64 after = QDateTime::currentSecsSinceEpoch();
            QCOMPARE(shown.exitCode, 0);
            if ((before + correction) / 30 != (after + correction) / 30)
                continue;
            QCOMPARE(shown.out.trimmed(), oathtoolAt(before + correction));
            QVERIFY2(shown.out.trimmed() != oathtoolAt(before), "the uncorrected code is another one");
            compared = true;
        }
        QVERIFY(compared);

        // An explicit --time is taken as given.
        const CliResult at =
            runTwofold(vault.withVault({QStringLiteral("show"), QStringLiteral("Example"),
                                        QStringLiteral("--time"), QStringLiteral("1700000000")}));
        QCOMPARE(at.out.trimmed(), oathtoolAt(1700000000));
    }
};

QTEST_GUILESS_MAIN(TestCliClock)
#include "tst_cli_clock.moc"
