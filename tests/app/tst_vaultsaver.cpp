// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UnlockedVault.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

// VaultSaver: edits reach the disk, coalesced, and survive failures and quitting.
class TestVaultSaver : public VaultTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void burstOfChangesIsOneSave()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        vault->session().waitForSaves();
        QTRY_VERIFY(QFile::exists(vault->session().vaultPath()));
        QTest::qWait(50);
        const QStringList before = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QSignalSpy saved(&vault->saver(), &VaultSaver::saved);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(vault->actions().addUri(QStringLiteral("otpauth://totp/S%1:x?secret=JBSWY3DPEHPK3PX%2")
                                                 .arg(i)
                                                 .arg(QChar(u'A' + i))),
                     QString());
        QTest::qWait(600);
        vault->session().waitForSaves();
        QTest::qWait(50);
        const QStringList after = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QVERIFY2(saved.count() == 1, qPrintable(u"20 quick changes made %1 saves"_s.arg(saved.count())));
        QVERIFY2(after.size() - before.size() <= 1,
                 qPrintable(u"one save made %1 backups"_s.arg(after.size() - before.size())));

        VaultStore check(vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 20);
    }

    void quittingWritesTheLastChangeAtOnce()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        vault->session().waitForSaves();
        QTRY_VERIFY(!vault->saver().savePending()); // the first save has reported back
        QCOMPARE(vault->actions().addUri(u"otpauth://totp/Last:x?secret=GEZDGNBVGY3TQOJQ"_s), QString());
        QVERIFY2(vault->saver().savePending() == false, "the change waits for the coalescing timer");
        QVERIFY2(vault->shutdown(), qPrintable(vault->saver().storageWarning()));
        QCOMPARE(vault->session().state(), VaultSession::Locked);

        VaultStore check(vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 1);
    }

    void lockedRightAfterCreatingIsLockedNotNew()
    {
        // Locked while the first save is still on its way to disk: the vault exists, so the window shows the
        // unlock page, not "create a vault".
        QTemporaryDir dir;
        VaultParts vault(dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        vault.session().setKdfForNewVaults(fastKdf());
        bool pendingAtLock = false;
        connect(&vault.session(), &VaultSession::created, this, [&vault, &pendingAtLock] {
            pendingAtLock = vault.saver().savePending();
            vault.session().lock();
        });
        QList<VaultSession::State> states;
        connect(&vault.session(), &VaultSession::stateChanged, this,
                [&] { states.append(vault.session().state()); });
        vault.session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(states, (QList<VaultSession::State>{VaultSession::Unlocked, VaultSession::Locked}));
        QVERIFY2(pendingAtLock, "the first save had started, not finished");
        vault.session().waitForSaves();
        QTRY_VERIFY(!vault.saver().savePending());
        QVERIFY(QFile::exists(vault.session().vaultPath()));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestVaultSaver test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vaultsaver.moc"
