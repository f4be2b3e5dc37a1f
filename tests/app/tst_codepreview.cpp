// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "codes/CodeFormat.h"
#include "codes/CodePreview.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "time/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
class FixedClock : public Clock
{
public:
    qint64 msecs = 0;
    qint64 currentMSecs() const override { return msecs; }
};

const QString rfcUri =
    QStringLiteral("otpauth://totp/ACME:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8");
} // namespace

class TestCodePreview : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void grouping_data();
    void grouping();
    void showsCodeAndCountdown();
    void rollsExactlyAtPeriodBoundary();
    void hotpShowsCounterCodes();
    void badLinkClearsAndExplains();
    void pausesWhileNotOnScreen();
    void usesTheVaultsTimeCorrection();
};

void TestCodePreview::grouping_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("steam");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("6") << "123456" << false << "123 456";
    QTest::newRow("7") << "1234567" << false << "123 4567";
    QTest::newRow("8") << "12345678" << false << "1234 5678";
    QTest::newRow("10") << "1234567890" << false << "12345 67890";
    QTest::newRow("4") << "1234" << false << "1234";
    QTest::newRow("steam") << "FR8RV" << true << "FR8RV";
}

void TestCodePreview::grouping()
{
    QFETCH(QString, code);
    QFETCH(bool, steam);
    QFETCH(QString, grouped);
    QCOMPARE(CodeFormat::grouped(code, steam), grouped);
}

void TestCodePreview::showsCodeAndCountdown()
{
    FixedClock clock;
    clock.msecs = 59'000;
    CodePreview preview;
    preview.setClock(&clock);
    QVERIFY(preview.load(rfcUri));
    QVERIFY(preview.hasAccount());
    QCOMPARE(preview.issuer(), QStringLiteral("ACME"));
    QCOMPARE(preview.name(), QStringLiteral("me"));
    QCOMPARE(preview.code(), QStringLiteral("9428 7082"));
    QCOMPARE(preview.secondsRemaining(), 1);
    QCOMPARE(preview.errorMessage(), QString());
}

void TestCodePreview::rollsExactlyAtPeriodBoundary()
{
    FixedClock clock;
    clock.msecs = 1111111080'000 - 1; // 1 ms before the period holding 1111111109 begins
    CodePreview preview;
    preview.setClock(&clock);
    QVERIFY(preview.load(rfcUri));
    const QString before = preview.code();
    QCOMPARE(preview.nextCode(), QStringLiteral("0708 1804"));
    QSignalSpy changed(&preview, &CodePreview::codeChanged);

    clock.msecs += 1;
    preview.refresh();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(preview.code(), QStringLiteral("0708 1804"));
    QVERIFY(preview.code() != before);
    QCOMPARE(preview.secondsRemaining(), 30);

    clock.msecs += 29'999; // still the same period: no change signalled
    preview.refresh();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(preview.secondsRemaining(), 1);
}

void TestCodePreview::hotpShowsCounterCodes()
{
    CodePreview preview;
    QVERIFY(
        preview.load(QStringLiteral("otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0")));
    QVERIFY(preview.counterBased());
    QCOMPARE(preview.code(), QStringLiteral("755 224"));
    QCOMPARE(preview.nextCode(), QStringLiteral("287 082"));
}

void TestCodePreview::badLinkClearsAndExplains()
{
    CodePreview preview;
    QVERIFY(preview.load(rfcUri));
    QSignalSpy accountChanged(&preview, &CodePreview::accountChanged);
    QVERIFY(!preview.load(QStringLiteral("otpauth://totp/x?secret=JBSW1")));
    QVERIFY(!preview.hasAccount());
    QCOMPARE(preview.code(), QString());
    QCOMPARE(accountChanged.count(), 1);
    QVERIFY2(preview.errorMessage().contains(QStringLiteral("“1”")), qPrintable(preview.errorMessage()));
}

void TestCodePreview::pausesWhileNotOnScreen()
{
    // Behind a hidden or minimised window the preview's countdown does not tick.
    FixedClock clock;
    clock.msecs = 59'000;
    CodePreview preview;
    preview.setClock(&clock);
    QVERIFY(preview.load(rfcUri));
    QVERIFY(preview.ticking());
    QSignalSpy countdown(&preview, &CodePreview::secondsRemainingChanged);
    preview.setOnScreen(false);
    QVERIFY2(!preview.ticking(), "not seen: no timer waits to fire");
    clock.msecs = 75'000;
    QTest::qWait(1200);
    QCOMPARE(countdown.count(), 0);
    preview.setOnScreen(true);
    QCOMPARE(preview.secondsRemaining(), 15);
    QVERIFY(preview.ticking());
}

void TestCodePreview::usesTheVaultsTimeCorrection()
{
    // The add dialog's preview shows the code the list will show: the open vault's clock correction applies.
    QTemporaryDir home;
    QSettings store(home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat);
    Settings settings(&store);
    VaultParts vault(home.filePath(QStringLiteral("vault.twofold")), settings);
    vault.exposeToQml();
    FixedClock clock;
    clock.msecs = 29'000;
    vault.setClock(&clock);
    vault.session().setKdfForNewVaults(fastKdf());
    vault.session().createVault(QStringLiteral("pw"));
    QTRY_COMPARE(vault.session().state(), VaultSession::Unlocked);
    QCOMPARE(vault.timeCorrection().setSeconds(30), QString());

    CodePreview preview; // as the dialog makes it: no clock handed in
    QVERIFY(preview.load(rfcUri));
    QCOMPARE(preview.code(), QStringLiteral("9428 7082")); // the code at 59 s
    QCOMPARE(preview.secondsRemaining(), 1);
    vault.shutdown();
}

QTEST_GUILESS_MAIN(TestCodePreview)
#include "tst_codepreview.moc"
