// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UnlockedVault.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

// CodeClock: the one second-aligned ticker behind the list's codes.
class TestCodeClock : public VaultTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void ticksOnlyWithSomethingToShowOnScreen()
    {
        SteppedClock clock;
        CodeClock ticker(clock);
        QSignalSpy ticks(&ticker, &CodeClock::ticked);
        QVERIFY2(!ticker.isTicking(), "nothing to show yet");
        ticker.setEnabled(true);
        QCOMPARE(ticks.count(), 1); // at once, not a second later
        QCOMPARE(ticks.last().at(0).toLongLong(), 1111111079);
        QVERIFY(ticker.isTicking());
        ticker.setOnScreen(false);
        QVERIFY(!ticker.isTicking());
        clock.msecs += 5'000;
        ticker.setEnabled(false);
        ticker.setOnScreen(true);
        QVERIFY2(!ticker.isTicking(), "on screen with nothing to show: still nothing to do");
        QCOMPARE(ticks.count(), 1);
        ticker.setEnabled(true);
        QCOMPARE(ticks.count(), 2);
        QCOMPARE(ticker.now(), 1111111084);
        QTRY_COMPARE_WITH_TIMEOUT(ticks.count(), 3, 1500); // the next whole second
    }

    void codesRollExactlyAtThePeriodBoundary()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QCOMPARE(vault->actions().addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        AccountFilterModel *model = vault->session().accounts();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const auto code = [&] { return model->index(0, 0).data(AccountListModel::CodeRole).toString(); };
        clock.msecs = 1111111079'999; // the last millisecond of the period before 1111111109's
        vault->setClock(&clock);
        const QString before = code();
        QVERIFY(before != QStringLiteral("0708 1804"));
        changed.clear();
        clock.msecs = 1111111080'000;
        vault->setClock(&clock);
        QCOMPARE(code(), QStringLiteral("0708 1804"));
        QCOMPARE(changed.count(), 1);
        clock.msecs = 1111111109'999;
        vault->setClock(&clock);
        QCOMPARE(changed.count(), 1); // same period: nothing changed, nothing signalled
    }

    void codeClockStopsWhileNoCodesAreOnScreen()
    {
        // Issue 4: a hidden window does no periodic work; shown again, its codes are current at once.
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QCOMPARE(vault->actions().addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        QVERIFY2(vault->clock().isTicking(), "unlocked and on screen, the clock ticks");
        AccountFilterModel *model = vault->session().accounts();
        const auto code = [&] { return model->index(0, 0).data(AccountListModel::CodeRole).toString(); };
        QVERIFY(code() != QStringLiteral("0708 1804"));

        vault->clock().setOnScreen(false);
        QVERIFY2(!vault->clock().isTicking(), "no codes on screen: no timer waits to fire");
        QSignalSpy now(&vault->clock(), &CodeClock::nowChanged);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        clock.msecs = 1111111080'000;
        QTest::qWait(1200); // more than a tick
        QCOMPARE(now.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!vault->clock().isTicking());

        vault->clock().setOnScreen(true);
        QCOMPARE(now.count(), 1);
        QCOMPARE(vault->clock().now(), 1111111080);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(code(), QStringLiteral("0708 1804"));
        QVERIFY(vault->clock().isTicking());

        vault->clock().setOnScreen(false);
        vault->session().lock();
        QCOMPARE(vault->session().state(), VaultSession::Locked);
        vault->session().unlock(QStringLiteral("pw"));
        QTRY_COMPARE(vault->session().state(), VaultSession::Unlocked);
        QVERIFY2(!vault->clock().isTicking(), "unlocking while nothing shows codes starts no clock");
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestCodeClock test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_codeclock.moc"
