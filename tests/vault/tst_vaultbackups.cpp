// SPDX-License-Identifier: GPL-3.0-or-later
// A vault's rotating backups and its rescued snapshots, as classes of their own.
#include "TestSupport.h"
#include "VaultSamples.h"
#include "crypto/CryptoRuntime.h"
#include "storage/AtomicFile.h"
#include "time/Clock.h"
#include "vault/RescueSnapshots.h"
#include "vault/VaultBackups.h"
#include "vault/VaultFile.h"
#include "vault/VaultOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {

const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::UTC);

class FixedClock : public Clock
{
public:
    explicit FixedClock(qint64 msecs)
        : m_msecs(msecs)
    {}
    qint64 currentMSecs() const override { return m_msecs; }

private:
    qint64 m_msecs;
};

} // namespace

class TestVaultBackups : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    std::optional<VaultKeys> m_keys;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        auto keys = VaultKeys::create(bytes("right"), fastKdf(), RandomSource::system());
        QVERIFY(keys.has_value());
        m_keys = std::move(*keys);
    }

    void directoryDefaultsToBesideTheVault()
    {
        QTemporaryDir dir;
        const VaultBackups beside(dir.filePath(QStringLiteral("vault.twofold")), {}, 3);
        QCOMPARE(beside.directory(), dir.filePath(QStringLiteral("backups")));
        const VaultBackups chosen(dir.filePath(QStringLiteral("vault.twofold")), QStringLiteral("/elsewhere"),
                                  3);
        QCOMPARE(chosen.directory(), QStringLiteral("/elsewhere"));
        QCOMPARE(beside.list(), QStringList());
        QVERIFY(!beside.newestTime().isValid());
    }

    // Each write is a verified, complete vault; the oldest beyond the generations kept are removed, and only
    // this vault's: another vault sharing the directory keeps its own.
    void writePrunesOnlyThisVaultsOldest()
    {
        QTemporaryDir dir;
        const VaultBackups backups(dir.filePath(QStringLiteral("vault.twofold")),
                                   dir.filePath(QStringLiteral("b")), 2);
        const VaultBackups neighbour(dir.filePath(QStringLiteral("other.twofold")),
                                     dir.filePath(QStringLiteral("b")), 2);
        const VaultContents contents = oneAccount(QStringLiteral("A"));
        const auto bytes_ = VaultFile::write(contents, *m_keys, RandomSource::system());
        QVERIFY(bytes_.has_value());
        QCOMPARE(neighbour.write(*bytes_, contents, m_keys->dataKey, start), std::nullopt);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(backups.write(*bytes_, contents, m_keys->dataKey, start.addSecs(i)), std::nullopt);
        const QStringList kept = backups.list();
        QCOMPARE(kept.size(), 2);
        QVERIFY2(kept.constFirst().endsWith(start.addSecs(3).toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) +
                                            QStringLiteral(".twofold")),
                 qPrintable(kept.constFirst()));
        QVERIFY(kept.constLast().contains(start.addSecs(2).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        for (const QString &path : kept)
            QVERIFY(VaultOpener::decrypt(path, m_keys->dataKey).has_value());
        QCOMPARE(neighbour.list().size(), 1);
    }

    void noGenerationsWritesNothing()
    {
        QTemporaryDir dir;
        const VaultBackups none(dir.filePath(QStringLiteral("vault.twofold")), {}, 0);
        const VaultContents contents = oneAccount(QStringLiteral("A"));
        const auto bytes_ = VaultFile::write(contents, *m_keys, RandomSource::system());
        QVERIFY(bytes_.has_value());
        QCOMPARE(none.write(*bytes_, contents, m_keys->dataKey, start), std::nullopt);
        QVERIFY(!QFileInfo::exists(none.directory()));
    }

    // A backup that is not a vault is refused before anything is touched.
    void restoreRefusesANonVault()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault.twofold"));
        QVERIFY(AtomicFile::write(vault, "damaged vault").has_value());
        const QString notAVault = dir.filePath(QStringLiteral("vault-1.twofold"));
        QVERIFY(AtomicFile::write(notAVault, "holiday photo").has_value());
        const VaultBackups backups(vault, dir.path(), 10);
        QCOMPARE(errorOf(backups.restore(notAVault, start)).code, ErrorCode::VaultNotAVault);
        QCOMPARE(fileBytes(vault), QByteArray("damaged vault"));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}), QStringList());
    }

    void restorePutsTheDamagedFileAside()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault.twofold"));
        QVERIFY(AtomicFile::write(vault, "damaged vault").has_value());
        const auto backupBytes =
            VaultFile::write(oneAccount(QStringLiteral("B")), *m_keys, RandomSource::system());
        QVERIFY(backupBytes.has_value());
        const QString backup = dir.filePath(QStringLiteral("vault-1.twofold"));
        QVERIFY(AtomicFile::write(backup, *backupBytes).has_value());
        QVERIFY(VaultBackups(vault, dir.path(), 10).restore(backup, start).has_value());
        QCOMPARE(fileBytes(vault), *backupBytes);
        QCOMPARE(fileBytes(vault + QStringLiteral(".damaged-") +
                           start.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))),
                 QByteArray("damaged vault"));
    }

    // Snapshots of a failed save come back with the vault's key; another password's are named, not opened.
    void rescuedSnapshotsAreFoundByKey()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault.twofold"));
        auto other = VaultKeys::create(bytes("other"), fastKdf(), RandomSource::system());
        QVERIFY(other.has_value());
        FixedClock first(start.toMSecsSinceEpoch());
        FixedClock second(start.addSecs(1).toMSecsSinceEpoch());
        VaultSaveJob::Snapshot ours{vault, {}, *m_keys, oneAccount(QStringLiteral("Ours")), {}, {}, 1};
        ours.options.clock = &first;
        VaultSaveJob::Snapshot theirs{vault, {}, *other, oneAccount(QStringLiteral("Theirs")), {}, {}, 1};
        theirs.options.clock = &second;
        const auto oursPath = RescueSnapshots::write(VaultSaveJob(ours));
        const auto theirsPath = RescueSnapshots::write(VaultSaveJob(theirs));
        QVERIFY(oursPath.has_value());
        QVERIFY(theirsPath.has_value());
        QVERIFY(QFileInfo(*oursPath).fileName().startsWith(QLatin1String("vault.unsaved-")));

        const RescueSnapshots::Found found = RescueSnapshots::find(vault, m_keys->dataKey);
        QCOMPARE(found.opened, QStringList{*oursPath});
        QCOMPARE(found.unopened, QStringList{*theirsPath});
        QCOMPARE(found.contents.size(), 1);
        QCOMPARE(found.contents.constFirst().entries.constFirst().account->issuer, QStringLiteral("Ours"));

        QCOMPARE(errorOf(RescueSnapshots::write(VaultSaveJob())).code, ErrorCode::VaultLocked);
    }
};

QTEST_GUILESS_MAIN(TestVaultBackups)
#include "tst_vaultbackups.moc"
