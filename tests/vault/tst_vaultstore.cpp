// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultStore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray password = "pässwörd 🔐";

OtpAuthUri uri(QByteArrayView text)
{
    auto parsed = OtpAuthUri::parse(text);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

// A new vault (cheap KDF) holding one saved account: the starting point of most tests here.
bool createWithOneAccount(VaultStore &store)
{
    return store.create(bytes(password), fastKdf()) &&
           store.add(uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP")) && store.save();
}

int mode(const QString &path)
{
    struct stat status{};
    ::stat(QFile::encodeName(path).constData(), &status);
    return int(status.st_mode & 0777);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Fails one system call of a save: a write after `budget` bytes (ENOSPC), an fsync, or the rename.
class FailingOps : public FileSystemOps
{
public:
    enum class Where
    {
        Write,
        Fsync,
        Rename
    };
    FailingOps(Where where, qsizetype budget, int error)
        : m_where(where)
        , m_budget(budget)
        , m_error(error)
    {}
    ssize_t write(int fd, const void *data, size_t size) override
    {
        if (m_where != Where::Write)
            return FileSystemOps::write(fd, data, size);
        if (m_budget <= 0) {
            errno = m_error;
            return -1;
        }
        const size_t allowed = std::min<size_t>(size, size_t(m_budget));
        m_budget -= qsizetype(allowed);
        return FileSystemOps::write(fd, data, allowed);
    }
    int fsync(int fd) override
    {
        if (m_where == Where::Fsync) {
            errno = m_error;
            return -1;
        }
        return FileSystemOps::fsync(fd);
    }
    int rename(const char *from, const char *to) override
    {
        if (m_where == Where::Rename) {
            errno = m_error;
            return -1;
        }
        return FileSystemOps::rename(from, to);
    }

private:
    Where m_where;
    qsizetype m_budget;
    int m_error;
};
} // namespace

class TestVaultStore : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void createAddSaveUnlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/vault.twofold"));
        {
            VaultStore store(path);
            QVERIFY(store.create(bytes(password), fastKdf()).has_value());
            QVERIFY(store.isUnlocked());
            const auto added =
                store.add(uri("otpauth://totp/GitHub:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8"));
            QVERIFY(added.has_value());
            QVERIFY(store.hasUnsavedChanges());
            QVERIFY(store.save().has_value());
            QVERIFY(!store.hasUnsavedChanges());
        }
        VaultStore reopened(path);
        QCOMPARE(test::errorOf(reopened.unlock(bytes("wrong"))).code, ErrorCode::VaultWrongPassword);
        QVERIFY(!reopened.isUnlocked());
        QVERIFY(reopened.unlock(bytes(password)).has_value());
        QCOMPARE(reopened.accounts().size(), 1);
        const Account account = reopened.accounts().constFirst();
        QCOMPARE(account.issuer, QStringLiteral("GitHub"));
        QCOMPARE(*reopened.code(account.uuid, 59), QStringLiteral("94287082"));
        reopened.lock();
        QVERIFY(!reopened.isUnlocked());
        QVERIFY(reopened.accounts().isEmpty());
        QCOMPARE(test::errorOf(reopened.code(account.uuid, 59)).code, ErrorCode::VaultLocked);
    }

    void permissionsWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        const QString path = dir.filePath(QStringLiteral("data/vault.twofold"));
        VaultStore store(path);
        const bool created = store.create(bytes(password), fastKdf()).has_value();
        ::umask(old);
        QVERIFY(created);
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(dir.filePath(QStringLiteral("data"))), 0700);
        QCOMPARE(mode(store.backupDirectory()), 0700);
        QCOMPARE(mode(path + QStringLiteral(".lock")), 0600);
        QVERIFY(!store.backups().isEmpty());
        for (const QString &backup : store.backups())
            QCOMPARE(mode(backup), 0600);
    }

    void neverOverwritesAnExistingVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        VaultStore store(path);
        QCOMPARE(test::errorOf(store.create(bytes(password), fastKdf())).code, ErrorCode::VaultAlreadyExists);
        QCOMPARE(contentsOf(path), QByteArray("precious"));
    }

    void failingWritesLeaveTheFileByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore seed(path);
        QVERIFY(createWithOneAccount(seed));
        const QByteArray before = contentsOf(path);
        seed.lock();

        // ENOSPC after every possible number of bytes, then EIO on fsync and EROFS on rename.
        QList<std::tuple<FailingOps::Where, qsizetype, int, ErrorCode>> faults;
        for (qsizetype n = 0; n <= before.size() + 64; n += 7)
            faults.append({FailingOps::Where::Write, n, ENOSPC, ErrorCode::DiskFull});
        faults.append({FailingOps::Where::Write, 100, EIO, ErrorCode::IoError});
        faults.append({FailingOps::Where::Fsync, 0, EIO, ErrorCode::IoError});
        faults.append({FailingOps::Where::Rename, 0, EROFS, ErrorCode::PermissionDenied});
        for (const auto &[where, budget, error, expected] : faults) {
            FailingOps ops(where, budget, error);
            VaultStore::Options options;
            options.fileSystem = &ops;
            VaultStore store(path, options);
            QVERIFY(store.unlock(bytes(password)).has_value());
            QVERIFY(store.add(uri("otpauth://totp/B:b?secret=GEZDGNBVGY3TQOJQ")).has_value());
            const auto saved = store.save();
            if (where == FailingOps::Where::Write && budget >= before.size() + 64) {
                continue; // the budget covers a whole file: this save succeeds
            }
            QVERIFY2(!saved.has_value(), "the fault must surface");
            QCOMPARE(saved.error().code, expected);
            QCOMPARE(contentsOf(path), before);
            QVERIFY2(store.hasUnsavedChanges() && store.accounts().size() == 2, "unsaved state is kept");
            QVERIFY2(QDir(dir.path())
                         .entryList({QStringLiteral(".vault.twofold.*")}, QDir::Files | QDir::Hidden)
                         .isEmpty(),
                     "no temp file is left behind");
        }
    }

    void backupsRotateAndEachOpens()
    {
        QTemporaryDir dir;
        VaultStore::Options options;
        options.backupGenerations = 3;
        VaultStore store(dir.filePath(QStringLiteral("vault.twofold")), options);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(2); // distinct millisecond timestamps in the backup names
            QVERIFY(store.add(uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP")).has_value());
            QVERIFY(store.save().has_value());
        }
        QVERIFY(!store.saveWarning().has_value());
        const QStringList backups = store.backups();
        QCOMPARE(backups.size(), 3);
        VaultStore newest(backups.constFirst());
        QVERIFY(newest.unlock(bytes(password)).has_value());
        QCOMPARE(newest.accounts().size(), 5);
    }

    void failedBackupIsAPersistentWarning()
    {
        QTemporaryDir dir;
        VaultStore store(dir.filePath(QStringLiteral("vault.twofold")));
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        QVERIFY(QDir(store.backupDirectory()).removeRecursively());
        QFile blocker(store.backupDirectory()); // a file where the directory should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(store.add(uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP")).has_value());
        QVERIFY2(store.save().has_value(), "the vault itself is saved");
        QVERIFY2(store.saveWarning().has_value(), "the failed backup is reported");
        QVERIFY(store.save().has_value());
        QVERIFY2(store.saveWarning().has_value(), "and stays reported until a backup succeeds");
    }

    void mergesChangesFromAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore first(path);
        QVERIFY(first.create(bytes(password), fastKdf()).has_value());
        const Account shared = *first.add(uri("otpauth://totp/Shared:s?secret=JBSWY3DPEHPK3PXP"));
        QVERIFY(first.save().has_value());

        VaultStore second(path);
        QVERIFY(second.unlock(bytes(password)).has_value());
        const Account fromSecond = *second.add(uri("otpauth://totp/Second:b?secret=GEZDGNBVGY3TQOJQ"));
        QVERIFY(second.save().has_value());

        // `first` has not seen `second`'s account; its save must merge, not overwrite.
        const Account fromFirst = *first.add(uri("otpauth://totp/First:a?secret=MFRGGZDFMZTWQ2LK"));
        QTest::qWait(2);
        QVERIFY(first.remove(shared.uuid).has_value());
        QVERIFY(first.save().has_value());
        QCOMPARE(first.accounts().size(), 2);

        VaultStore check(path);
        QVERIFY(check.unlock(bytes(password)).has_value());
        QList<QUuid> uuids;
        for (const Account &account : check.accounts())
            uuids << account.uuid;
        QVERIFY2(uuids.contains(fromFirst.uuid) && uuids.contains(fromSecond.uuid),
                 "both writers' accounts kept");
        QVERIFY2(!uuids.contains(shared.uuid), "a deletion is not undone by the merge");

        // `second` still holds the deleted account in memory; its next save must not resurrect it.
        QVERIFY(second.save().has_value());
        VaultStore again(path);
        QVERIFY(again.unlock(bytes(password)).has_value());
        QCOMPARE(again.accounts().size(), 2);
    }

    void reorderIsTheManualOrderAndIsSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore store(path);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        const QUuid a = store.add(uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP"))->uuid;
        const QUuid b = store.add(uri("otpauth://totp/B:b?secret=GEZDGNBVGY3TQOJQ"))->uuid;
        const QUuid c = store.add(uri("otpauth://totp/C:c?secret=MFRGGZDFMZTWQ2LK"))->uuid;
        const auto uuids = [](const VaultStore &vault) {
            QList<QUuid> list;
            for (const Account &account : vault.accounts())
                list << account.uuid;
            return list;
        };

        QVERIFY(store.reorder({c, a, b}).has_value());
        QCOMPARE(uuids(store), (QList<QUuid>{c, a, b}));
        // Listing only some moves them among their own places; the rest stay put.
        QVERIFY(store.reorder({b, c}).has_value());
        QCOMPARE(uuids(store), (QList<QUuid>{b, a, c}));
        QVERIFY(store.save().has_value());

        // Refused as a whole, changing nothing: an unknown account, or one listed twice.
        QCOMPARE(test::errorOf(store.reorder({a, QUuid::createUuid()})).code, ErrorCode::AccountNotFound);
        QCOMPARE(test::errorOf(store.reorder({a, a})).code, ErrorCode::AccountNotFound);
        QCOMPARE(uuids(store), (QList<QUuid>{b, a, c}));
        QVERIFY(!store.hasUnsavedChanges());

        VaultStore reopened(path);
        QVERIFY(reopened.unlock(bytes(password)).has_value());
        QCOMPARE(uuids(reopened), (QList<QUuid>{b, a, c}));
        reopened.lock();
        QCOMPARE(test::errorOf(reopened.reorder({a})).code, ErrorCode::VaultLocked);
    }

    void passwordChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore store(path);
        QVERIFY(createWithOneAccount(store));
        QVERIFY(store.changePassword(bytes("new one"), fastKdf()).has_value());
        QVERIFY(store.save().has_value());
        VaultStore reopened(path);
        QCOMPARE(test::errorOf(reopened.unlock(bytes(password))).code, ErrorCode::VaultWrongPassword);
        QVERIFY(reopened.unlock(bytes("new one")).has_value());
        QCOMPARE(reopened.accounts().size(), 1);
    }

    void damagedVaultIsReportedAndBackupsStillOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore store(path);
        QVERIFY(createWithOneAccount(store));
        store.lock();
        QByteArray bytes_ = contentsOf(path);
        bytes_[bytes_.size() / 2] = char(bytes_[bytes_.size() / 2] ^ 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes_);
        file.close();
        const auto unlocked = store.unlock(bytes(password));
        QVERIFY(!unlocked.has_value());
        QCOMPARE(unlocked.error().code, ErrorCode::VaultDamaged);
        QCOMPARE(contentsOf(path), bytes_); // a failed open writes nothing
        VaultStore backup(store.backups().constFirst());
        QVERIFY(backup.unlock(bytes(password)).has_value());
        QCOMPARE(backup.accounts().size(), 1);
    }

    void rescuedSnapshotIsMergedAtNextUnlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore store(path);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        QVERIFY(store.add(uri("otpauth://totp/Unsaved:x?secret=JBSWY3DPEHPK3PXP")).has_value());
        const auto rescued =
            VaultStore::rescue(store.prepareSave()); // as if the save had failed after locking
        QVERIFY(rescued.has_value());
        QCOMPARE(mode(*rescued), 0600);
        store.lock();

        VaultStore reopened(path);
        QVERIFY(reopened.unlock(bytes(password)).has_value());
        QCOMPARE(reopened.accounts().size(), 0);
        QCOMPARE(reopened.recoverUnsaved(), QStringList());
        QCOMPARE(reopened.accounts().size(), 1);
        QVERIFY(reopened.hasUnsavedChanges());
        QVERIFY(reopened.save().has_value());
        QVERIFY2(!QFile::exists(*rescued), "merged and saved: the rescue file is gone");
    }

    void backupsBelongToTheirVault()
    {
        QTemporaryDir dir;
        VaultStore::Options options;
        options.backupGenerations = 2;
        VaultStore work(dir.filePath(QStringLiteral("work.twofold")), options);
        VaultStore home(dir.filePath(QStringLiteral("home.twofold")), options);
        QVERIFY(home.create(bytes(password), fastKdf()).has_value());
        QVERIFY(work.create(bytes(password), fastKdf()).has_value());
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(2);
            QVERIFY(work.add(uri("otpauth://totp/W:w?secret=JBSWY3DPEHPK3PXP")).has_value());
            QVERIFY(work.save().has_value());
        }
        QCOMPARE(work.backups().size(), 2);
        QCOMPARE(home.backups().size(), 1); // not pruned by the other vault's saves
        QVERIFY(QFileInfo(home.backups().constFirst()).fileName().startsWith(QLatin1String("home-")));
    }

    void restoreBackupKeepsTheDamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        VaultStore store(path);
        QVERIFY(store.create(bytes(password), fastKdf()).has_value());
        store.lock();
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("garbage");
        file.close();
        QCOMPARE(test::errorOf(store.unlock(bytes(password))).code, ErrorCode::VaultDamaged);
        QVERIFY(store.restoreBackup(store.backups().constFirst()).has_value());
        QVERIFY(store.unlock(bytes(password)).has_value());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("vault.twofold.damaged-*")}).size(), 1);
    }

    void noSecretOutsideTheVault()
    {
        const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
        const QByteArray base32 = "KRUGKIDTMVRXEZLUEBZXIYLZOMQGQZLSMU";
        const QByteArray raw = "The secret stays here";
        const QByteArray secretPassword = "unguessable-passphrase-42";
        {
            VaultStore store(VaultStore::defaultPath());
            QVERIFY(store.create(bytes(secretPassword), fastKdf()).has_value());
            QVERIFY(store.add(uri(QByteArray("otpauth://totp/Leak:check?secret=" + base32))).has_value());
            QVERIFY(store.save().has_value());
            store.lock();
        }
        QVERIFY(QFile::exists(VaultStore::defaultPath()));
        const QList<QByteArray> needles = {base32,      base32.toLower(), raw,
                                           raw.toHex(), raw.toBase64(),   secretPassword};
        for (const QString &root : {home.path(), QDir::tempPath()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // Only what this run wrote: older files in /tmp are not ours to judge.
                const QFileInfo info(path);
                if (info.size() > 4 * 1024 * 1024 || info.lastModified() < started)
                    continue;
                const QByteArray content = contentsOf(path);
                for (const QByteArray &needle : needles)
                    QVERIFY2(!content.contains(needle),
                             qPrintable(QStringLiteral("secret found in %1").arg(path)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
