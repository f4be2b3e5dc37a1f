// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace twofold;
using namespace twofold::test;

// SIGKILL at random moments during consecutive saves never leaves a vault that fails to open: it opens
// at the last generation the saver reported, or the next one. TWOFOLD_CRASH_ROUNDS sets the rounds
// (50 in the suite; scripts/crash-test runs 200).
class TestVaultCrash : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void sigkillDuringSaves()
    {
        const int rounds = qEnvironmentVariableIntValue("TWOFOLD_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("TWOFOLD_CRASH_ROUNDS")
                               : 50;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        const QByteArray password = "crash-test";
        {
            VaultStore store(path);
            QVERIFY(store.create(bytes(password), fastKdf()).has_value());
            QVERIFY(store.add(*OtpAuthUri::parse("otpauth://totp/Crash:test?secret=JBSWY3DPEHPK3PXP"))
                        .has_value());
            QVERIFY(store.save().has_value());
        }
        QRandomGenerator random(7);
        qint64 lastSeen = 0;
        int interruptedSaves = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess saver;
            saver.start(QStringLiteral(TWOFOLD_VAULT_SAVER), {path, QString::fromUtf8(password)});
            QVERIFY(saver.waitForStarted());
            // Killed at a random moment after its first save, however slow a loaded machine makes it start.
            QVERIFY(saver.waitForReadyRead(30000));
            QTest::qWait(random.bounded(120));
            ::kill(pid_t(saver.processId()), SIGKILL);
            QVERIFY(saver.waitForFinished());
            const QList<QByteArray> lines = saver.readAllStandardOutput().split('\n');
            qint64 reported = lastSeen;
            for (const QByteArray &line : lines)
                if (!line.isEmpty())
                    reported = line.toLongLong();

            VaultStore store(path);
            const auto opened = store.unlock(bytes(password));
            QVERIFY2(opened.has_value(),
                     qPrintable(QStringLiteral("round %1: the vault must open").arg(round)));
            const qint64 stored = store.accounts().constFirst().note.toLongLong();
            QVERIFY2(
                stored == reported || stored == reported + 1,
                qPrintable(
                    QStringLiteral("round %1: stored %2, reported %3").arg(round).arg(stored).arg(reported)));
            interruptedSaves += stored == reported + 1 ? 0 : 1;
            lastSeen = stored;
        }
        QVERIFY2(lastSeen >= rounds, "the saver made progress between kills");
        qInfo("%d rounds, %lld saves in total", rounds, static_cast<long long>(lastSeen));
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
