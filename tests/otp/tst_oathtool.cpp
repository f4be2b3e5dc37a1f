// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "otp/OtpGenerator.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

// Differential test against oathtool (liboath), an independent implementation: random secrets,
// algorithms, digits, periods and times must give identical codes.
class TestOathtool : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QString m_oathtool;

    static constexpr int totpCases = 2000;
    static constexpr int hotpCases = 300;

    // Runs the commands (one oathtool call per line) through a single shell and returns its output lines.
    QStringList runBatch(const QStringList &commands)
    {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        shell.write(commands.join(QLatin1Char('\n')).toUtf8() + '\n');
        shell.closeWriteChannel();
        shell.waitForFinished(300000);
        return QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        m_oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
        QVERIFY2(!m_oathtool.isEmpty(),
                 "oathtool is missing: it is in scripts/packages.txt; run via scripts/test");
    }

    void totpAgreesWithOathtool()
    {
        QRandomGenerator random(6238);
        const HashAlgorithm algorithms[] = {HashAlgorithm::Sha1, HashAlgorithm::Sha256,
                                            HashAlgorithm::Sha512};
        const char *modes[] = {"SHA1", "SHA256", "SHA512"};
        struct Case
        {
            QByteArray secret;
            OtpParameters parameters;
            qint64 time;
        };
        QList<Case> cases;
        QStringList commands;
        for (int i = 0; i < totpCases; ++i) {
            QByteArray secret(1 + random.bounded(64), Qt::Uninitialized);
            for (char &c : secret)
                c = static_cast<char>(random.bounded(256));
            const int algorithm = random.bounded(3);
            const int digits = 6 + random.bounded(3);
            const int period = 15 + random.bounded(106);
            const qint64 time = static_cast<qint64>(random.bounded(quint64(1) << 34) + 1) - 1;
            const auto parameters =
                OtpParameters::create(OtpType::Totp, algorithms[algorithm], digits, period, 0);
            QVERIFY(parameters.has_value());
            cases.append({secret, *parameters, time});
            commands << QStringLiteral("%1 --totp=%2 --digits=%3 --time-step-size=%4s --now='@%5' %6")
                            .arg(m_oathtool, QString::fromLatin1(modes[algorithm]))
                            .arg(digits)
                            .arg(period)
                            .arg(time)
                            .arg(QString::fromLatin1(secret.toHex()));
        }
        const QStringList expected = runBatch(commands);
        QCOMPARE(expected.size(), totpCases);
        for (int i = 0; i < totpCases; ++i) {
            const Case &c = cases.at(i);
            const auto code = OtpGenerator::code(bytes(c.secret), c.parameters, c.time);
            QVERIFY(code.has_value());
            if (*code != expected.at(i))
                QFAIL(qPrintable(QStringLiteral("case %1 differs from oathtool: %2").arg(commands.at(i))));
        }
    }

    void hotpAgreesWithOathtool()
    {
        QRandomGenerator random(4226);
        QList<std::tuple<QByteArray, quint64, int>> cases;
        QStringList commands;
        for (int i = 0; i < hotpCases; ++i) {
            QByteArray secret(1 + random.bounded(64), Qt::Uninitialized);
            for (char &c : secret)
                c = static_cast<char>(random.bounded(256));
            const quint64 counter = random.generate64() >> random.bounded(64);
            const int digits = 6 + random.bounded(3);
            cases.append({secret, counter, digits});
            commands << QStringLiteral("%1 --hotp --digits=%2 --counter=%3 %4")
                            .arg(m_oathtool)
                            .arg(digits)
                            .arg(counter)
                            .arg(QString::fromLatin1(secret.toHex()));
        }
        const QStringList expected = runBatch(commands);
        QCOMPARE(expected.size(), hotpCases);
        for (int i = 0; i < hotpCases; ++i) {
            const auto &[secret, counter, digits] = cases.at(i);
            const auto code = OtpGenerator::hotp(bytes(secret), HashAlgorithm::Sha1, counter, digits);
            QVERIFY(code.has_value());
            if (*code != expected.at(i))
                QFAIL(qPrintable(QStringLiteral("case %1 differs from oathtool: %2").arg(commands.at(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestOathtool)
#include "tst_oathtool.moc"
