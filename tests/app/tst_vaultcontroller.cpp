#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "settings/Settings.h"
#include "vault/VaultController.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
class SteppedClock : public Clock
{
public:
    qint64 msecs = 1111111079'000;
    qint64 currentMSecs() const override { return msecs; }
};
} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_config;
    QSettings m_store{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

    std::unique_ptr<VaultController> createdVault(const QString &path, const Clock *clock)
    {
        auto vault = std::make_unique<VaultController>(path, m_settings);
        vault->setKdfForNewVaults(fastKdf());
        vault->setClock(clock);
        vault->createVault(QStringLiteral("pw"));
        return vault;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void burstOfChangesIsOneSave()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        vault->waitForSaves();
        QTRY_VERIFY(QFile::exists(vault->vaultPath()));
        QTest::qWait(50);
        const QStringList before = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/S%1:x?secret=JBSWY3DPEHPK3PX%2")
                                       .arg(i)
                                       .arg(QChar(u'A' + i))),
                     QString());
        QTest::qWait(600);
        vault->waitForSaves();
        QTest::qWait(50);
        const QStringList after = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QVERIFY2(
            after.size() - before.size() <= 2,
            qPrintable(QStringLiteral("20 quick changes made %1 saves").arg(after.size() - before.size())));

        VaultStore check(vault->vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 20);
    }

    void lockingSavesPendingChangesAndEmptiesTheModel()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QAbstractItemModelTester tester(vault->accounts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/Late:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        vault->lock(); // before the coalescing timer fired
        QCOMPARE(vault->state(), VaultController::Locked);
        QCOMPARE(vault->accounts()->count(), 0);
        vault->waitForSaves();
        QTest::qWait(50);
        VaultStore check(vault->vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 1);
    }

    void codesRollExactlyAtThePeriodBoundary()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        AccountFilterModel *model = vault->accounts();
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

    void copyNearExpiryTakesTheNextCode()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/N:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        const QString uuid = vault->accounts()->uuidAt(0);
        QSignalSpy toasts(vault.get(), &VaultController::toast);
        clock.msecs = 1111111078'500; // 1.5 s left in the period before 1111111109's
        vault->copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY2(toasts.last().at(0).toString().contains(QLatin1String("next one")), "the toast says so");
        clock.msecs = 1111111080'000; // a fresh period: the current code
        vault->copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY(!toasts.last().at(0).toString().contains(QLatin1String("next one")));
    }

    void codeClockStopsWhileNoCodesAreOnScreen()
    {
        // Issue 4: a hidden window does no periodic work; shown again, its codes are current at once.
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        QVERIFY2(vault->codeClockRunning(), "unlocked and on screen, the clock ticks");
        AccountFilterModel *model = vault->accounts();
        const auto code = [&] { return model->index(0, 0).data(AccountListModel::CodeRole).toString(); };
        QVERIFY(code() != QStringLiteral("0708 1804"));

        vault->setCodesOnScreen(false);
        QVERIFY2(!vault->codeClockRunning(), "no codes on screen: no timer waits to fire");
        QSignalSpy now(vault.get(), &VaultController::nowChanged);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        clock.msecs = 1111111080'000;
        QTest::qWait(1200); // more than a tick
        QCOMPARE(now.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!vault->codeClockRunning());

        vault->setCodesOnScreen(true);
        QCOMPARE(now.count(), 1);
        QCOMPARE(vault->now(), 1111111080);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(code(), QStringLiteral("0708 1804"));
        QVERIFY(vault->codeClockRunning());

        vault->setCodesOnScreen(false);
        vault->lock();
        QCOMPARE(vault->state(), VaultController::Locked);
        vault->unlock(QStringLiteral("pw"));
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QVERIFY2(!vault->codeClockRunning(), "unlocking while nothing shows codes starts no clock");
    }

    void keyringUnlocksWithoutThePassword()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault =
            std::make_unique<VaultController>(dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        vault->setKdfForNewVaults(fastKdf());
        vault->setClock(&clock);
        vault->createVault(QStringLiteral("pw"), true);
        QTRY_VERIFY(vault->keyringUnlock());
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/K:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        vault->lock();
        QCOMPARE(vault->state(), VaultController::Locked);
        QTRY_VERIFY(vault->keyringUnlock()); // once the save with the keyring slot is on disk
        vault->unlockWithKeyring();
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->accounts()->count(), 1);
        vault->setKeyringUnlock(false);
        QVERIFY(!vault->keyringUnlock());
    }

    void deleteAndUndo()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/Keep:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        const QString uuid = vault->accounts()->index(0, 0).data(AccountListModel::UuidRole).toString();
        vault->remove(uuid);
        QCOMPARE(vault->accounts()->count(), 0);
        QVERIFY(vault->canUndo());
        vault->undoRemove();
        QCOMPARE(vault->accounts()->count(), 1);
        QCOMPARE(vault->accounts()->index(0, 0).data(AccountListModel::UuidRole).toString(), uuid);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestVaultController test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vaultcontroller.moc"
