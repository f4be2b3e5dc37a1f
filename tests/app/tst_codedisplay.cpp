// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/CodeDisplay.h"
#include "codes/OtpTypeChoice.h"
#include "otp/OtpType.h"

#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;

// What the code views once worked out in QML: the countdown, when it warns, hidden codes, and what the
// account type fixes in the setup-key form.
class TestCodeDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondsLeft_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("left");
        QTest::newRow("period start") << qint64(60) << 30 << 30;
        QTest::newRow("one in") << qint64(61) << 30 << 29;
        QTest::newRow("last second") << qint64(89) << 30 << 1;
        QTest::newRow("long period") << qint64(100) << 3600 << 3500;
        QTest::newRow("before 1970") << qint64(-1) << 30 << 1;
        QTest::newRow("no period") << qint64(100) << 0 << 0;
    }

    void secondsLeft()
    {
        QFETCH(qint64, now);
        QFETCH(int, period);
        QFETCH(int, left);
        QCOMPARE(CodeDisplay::secondsLeft(now, period), left);
    }

    void warnsInTheLastFiveSeconds()
    {
        QVERIFY(!CodeDisplay::expiring(6, false));
        QVERIFY(CodeDisplay::expiring(5, false));
        QVERIFY(CodeDisplay::expiring(1, false));
        QVERIFY2(!CodeDisplay::expiring(0, true), "a counter-based code never runs out");
    }

    void maskedKeepsTheGroupSpace()
    {
        QCOMPARE(CodeDisplay::masked(u"123 456"_s), u"••• •••"_s);
        QCOMPARE(CodeDisplay::masked(u"FR8RV"_s), u"•••••"_s);
        QCOMPARE(CodeDisplay::masked(QString()), QString());
    }

    void steamFixesDigitsAndAlgorithm()
    {
        const int steam = int(OtpType::Steam);
        QVERIFY(OtpTypeChoice::fixesParameters(steam));
        QCOMPARE(OtpTypeChoice::digits(steam, 8), 5);
        QCOMPARE(OtpTypeChoice::algorithm(steam, 2), 0);
        QVERIFY(!OtpTypeChoice::counterBased(steam));
    }

    void otherTypesKeepTheUsersChoice()
    {
        for (const OtpType type : {OtpType::Totp, OtpType::Hotp}) {
            QVERIFY(!OtpTypeChoice::fixesParameters(int(type)));
            QCOMPARE(OtpTypeChoice::digits(int(type), 8), 8);
            QCOMPARE(OtpTypeChoice::algorithm(int(type), 2), 2);
        }
        QVERIFY(OtpTypeChoice::counterBased(int(OtpType::Hotp)));
        QVERIFY(!OtpTypeChoice::counterBased(int(OtpType::Totp)));
    }
};

QTEST_GUILESS_MAIN(TestCodeDisplay)
#include "tst_codedisplay.moc"
