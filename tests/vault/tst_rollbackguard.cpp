// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/RollbackGuard.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray password = "rollback 🔐";

OtpAuthUri uri(QByteArrayView text)
{
    auto parsed = OtpAuthUri::parse(text);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Each reading is a second later, so every backup gets its own name.
class SteppingClock : public Clock
{
public:
    qint64 currentMSecs() const override { return m_now += 1000; }

private:
    mutable qint64 m_now = 1700000000000;
};

int mode(const QString &path)
{
    struct stat status{};
    ::stat(QFile::encodeName(path).constData(), &status);
    return int(status.st_mode & 0777);
}
} // namespace

// The newest vault generation seen on this computer, and the warning when an older file turns up.
class TestRollbackGuard : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void warnsOnceWhenTheGenerationGoesDown()
    {
        QTemporaryDir directory;
        const QString vault = directory.filePath(QStringLiteral("vault.twofold"));
        QVERIFY(overwrite(vault, "x"));
        RollbackGuard guard(directory.filePath(QStringLiteral("state/twofold/generations.json")));
        QCOMPARE(guard.check(vault, 5), std::nullopt);
        QCOMPARE(guard.seen(vault), quint64(5));
        QCOMPARE(guard.check(vault, 7), std::nullopt);
        const auto rollback = guard.check(vault, 3);
        QVERIFY2(rollback.has_value(), "generation 3 after 7 is a rollback");
        QCOMPARE(*rollback, (RollbackGuard::Rollback{7, 3}));
        QCOMPARE(guard.check(vault, 3), std::nullopt); // reported once, then accepted
        guard.record(vault, 9);
        guard.record(vault, 4); // a record never goes down
        QCOMPARE(guard.seen(vault), quint64(9));
        guard.forget(vault);
        QCOMPARE(guard.check(vault, 1), std::nullopt);
    }

    void stateFileIsPrivateAndHoldsNoSecrets()
    {
        QTemporaryDir directory;
        const QString vault = directory.filePath(QStringLiteral("vault.twofold"));
        QVERIFY(overwrite(vault, "x"));
        const QString state = directory.filePath(QStringLiteral("state/twofold/generations.json"));
        RollbackGuard(state).record(vault, 12);
        QCOMPARE(mode(state), 0600);
        QCOMPARE(mode(directory.filePath(QStringLiteral("state/twofold"))), 0700);
        const QByteArray text = contentsOf(state);
        QVERIFY2(text.contains(QFile::encodeName(vault)) && text.contains("12"), text.constData());
        QVERIFY2(!text.contains(password), "no secrets in the state file");
        QCOMPARE(RollbackGuard(state).seen(vault), quint64(12));
    }

    void symlinkAndTargetShareOneRecord()
    {
        QTemporaryDir directory;
        const QString vault = directory.filePath(QStringLiteral("vault.twofold"));
        const QString link = directory.filePath(QStringLiteral("link.twofold"));
        QVERIFY(overwrite(vault, "x"));
        QVERIFY(QFile::link(vault, link));
        RollbackGuard guard(directory.filePath(QStringLiteral("generations.json")));
        guard.record(link, 4);
        QCOMPARE(guard.seen(vault), quint64(4));
    }

    void vanishedVaultsAreDropped()
    {
        QTemporaryDir directory;
        const QString gone = directory.filePath(QStringLiteral("gone.twofold"));
        const QString kept = directory.filePath(QStringLiteral("kept.twofold"));
        QVERIFY(overwrite(gone, "x"));
        QVERIFY(overwrite(kept, "x"));
        RollbackGuard guard(directory.filePath(QStringLiteral("generations.json")));
        guard.record(gone, 2);
        QVERIFY(QFile::remove(gone));
        guard.record(kept, 3);
        QVERIFY2(!contentsOf(directory.filePath(QStringLiteral("generations.json"))).contains("gone"),
                 "the state file does not grow with every vault that ever existed");
    }

    void storeReportsAnOlderFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("vault.twofold"));
        RollbackGuard guard(directory.filePath(QStringLiteral("generations.json")));
        VaultStore::Options options;
        options.rollback = &guard;
        VaultStore store(path, options);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value()); // generation 1
        const QByteArray generationOne = contentsOf(path);
        QVERIFY(store.add(uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP")).has_value());
        QVERIFY(store.save().has_value()); // generation 2
        QCOMPARE(guard.seen(path), quint64(2));
        store.lock();

        QVERIFY(store.unlock(bytes(password)).has_value());
        QCOMPARE(store.rollback(), std::nullopt);
        store.lock();

        QVERIFY(overwrite(path, generationOne)); // an older copy put in place behind Twofold's back
        QVERIFY(store.unlock(bytes(password)).has_value());
        QVERIFY2(store.rollback().has_value(), "an older vault than the one last opened here");
        QCOMPARE(*store.rollback(), (RollbackGuard::Rollback{2, 1}));
        QVERIFY2(store.accounts().isEmpty(), "the older file still opens, as it is");
        store.lock();
        QCOMPARE(store.rollback(), std::nullopt);

        // A save after the rollback continues from the file's generation, and no warning repeats.
        QVERIFY(store.unlock(bytes(password)).has_value());
        QCOMPARE(store.rollback(), std::nullopt);
        QVERIFY(store.save().has_value());
        QCOMPARE(guard.seen(path), quint64(2));
    }

    void restoringABackupOnPurposeDoesNotWarn()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("vault.twofold"));
        RollbackGuard guard(directory.filePath(QStringLiteral("generations.json")));
        SteppingClock clock;
        VaultStore::Options options;
        options.rollback = &guard;
        options.clock = &clock;
        VaultStore store(path, options);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        for (int i = 0; i < 3; ++i) {
            const QByteArray link = "otpauth://totp/A:a" + QByteArray::number(i) + "?secret=JBSWY3DPEHPK3PXP";
            QVERIFY(store.add(uri(link)).has_value());
            QVERIFY(store.save().has_value());
        }
        QCOMPARE(guard.seen(path), quint64(4));
        QCOMPARE(store.backups().size(), 4);
        const QString oldest = store.backups().constLast(); // generation 1
        QVERIFY(store.restoreBackup(oldest).has_value());
        QVERIFY(store.unlock(bytes(password)).has_value());
        QCOMPARE(store.rollback(), std::nullopt);
        QCOMPARE(guard.seen(path), quint64(1));
    }

    void noGuardNoRecord()
    {
        QTemporaryDir directory;
        VaultStore store(directory.filePath(QStringLiteral("vault.twofold")));
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        QCOMPARE(store.rollback(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRollbackGuard)
#include "tst_rollbackguard.moc"
