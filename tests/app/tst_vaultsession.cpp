// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UnlockedVault.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

// VaultSession: create, unlock, lock, the keyring way in, the offered link.
class TestVaultSession : public VaultTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void lockingSavesPendingChangesAndEmptiesTheModel()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QAbstractItemModelTester tester(vault->session().accounts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vault->actions().addUri(QStringLiteral("otpauth://totp/Late:x?secret=GEZDGNBVGY3TQOJQ")),
                 QString());
        vault->session().lock(); // before the coalescing timer fired
        QCOMPARE(vault->session().state(), VaultSession::Locked);
        QCOMPARE(vault->session().accounts()->count(), 0);
        vault->session().waitForSaves();
        QTest::qWait(50);
        VaultStore check(vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 1);
    }

    void lockingForgetsAnOfferedLink()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        const QString link = QStringLiteral("otpauth://totp/Offered:x?secret=GEZDGNBVGY3TQOJQ");
        vault->session().offerLink(link); // nobody took it yet (the window was elsewhere)
        vault->session().lock();
        QCOMPARE(vault->session().state(), VaultSession::Locked);
        QVERIFY2(vault->session().takeOfferedLink().isEmpty(), "locking forgets a link that holds a secret");

        // A link that arrives while locked waits for the unlock: it was never shown, nothing to forget.
        vault->session().offerLink(link);
        vault->session().lock();
        vault->session().unlock(QStringLiteral("pw"));
        QTRY_COMPARE(vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(vault->session().takeOfferedLink(), link);
    }

    void keyringUnlocksWithoutThePassword()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), m_settings, &clock, true);
        QTRY_VERIFY(vault->keyring().isEnabled());
        QCOMPARE(vault->actions().addUri(QStringLiteral("otpauth://totp/K:x?secret=GEZDGNBVGY3TQOJQ")),
                 QString());
        vault->session().lock();
        QCOMPARE(vault->session().state(), VaultSession::Locked);
        QTRY_VERIFY(vault->keyring().isEnabled()); // once the save with the keyring slot is on disk
        vault->keyring().unlock();
        QTRY_COMPARE(vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(vault->session().accounts()->count(), 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestVaultSession test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vaultsession.moc"
