// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "sync/ConflictCopies.h"
#include "sync/ConflictMerge.h"
#include "sync/SealedCopy.h"
#include "vault/VaultStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray password = "sync pässword";

OtpAuthUri uri(QByteArrayView text)
{
    auto parsed = OtpAuthUri::parse(text);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

std::optional<Account> named(const VaultStore &store, const QString &issuer)
{
    for (const Account &account : store.accounts())
        if (account.issuer == issuer)
            return account;
    return std::nullopt;
}

bool setCounter(VaultStore &store, const QUuid &uuid, quint64 counter)
{
    Account account = *store.account(uuid);
    const OtpParameters &p = account.parameters;
    account.parameters = *OtpParameters::create(p.type(), p.algorithm(), p.digits(), p.period(), counter);
    return store.update(account).has_value();
}

QStringList issuers(const VaultStore &store)
{
    QStringList result;
    for (const Account &account : store.accounts())
        result << account.issuer;
    result.sort();
    return result;
}
} // namespace

// Conflict copies built by hand, as Syncthing, Nextcloud and Dropbox name them: merged when they open with
// the vault's key, moved into backups/ only once the saved vault holds them, left alone when they do not.
class TestConflictMerge : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_other; // the second device's copy of the folder

    // A vault with Kept, Hotp (counter 0) and Doomed, copied to the other device's folder as it is.
    void makeSharedStart()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.filePath(QStringLiteral("a")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("b")));
        m_vault = m_dir.filePath(QStringLiteral("a/vault.twofold"));
        m_other = m_dir.filePath(QStringLiteral("b/vault.twofold"));
        VaultStore store(m_vault);
        QVERIFY(store.create(bytes(password), fastKdf()));
        QVERIFY(store.add(uri("otpauth://totp/Kept:k?secret=JBSWY3DPEHPK3PXP")));
        QVERIFY(store.add(uri("otpauth://hotp/Hotp:h?secret=GEZDGNBVGY3TQOJQ&counter=0")));
        QVERIFY(store.add(uri("otpauth://totp/Doomed:d?secret=MFRGGZDFMZTWQ2LK")));
        QVERIFY(store.save());
        QVERIFY(QFile::copy(m_vault, m_other));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recognisesEachToolsNames()
    {
        const QString vault = QStringLiteral("/x/vault.twofold");
        for (const char *name : {"vault.sync-conflict-20261204-231500-ABCDEF7.twofold",
                                 "vault (conflicted copy 2026-12-04 231500).twofold",
                                 "vault (conflicted copy alice 2026-12-04 231500).twofold",
                                 "vault (Alice's conflicted copy 2026-12-04).twofold",
                                 "vault (laptop's Conflicted Copy 2026-12-04) (1).twofold"})
            QVERIFY2(ConflictCopies::isCopyOf(QString::fromUtf8(name), vault), name);
        for (const char *name :
             {"vault.twofold", "vault-20261204-231500000.twofold", "vault.unsaved-20261204-231500000.twofold",
              "other.sync-conflict-20261204-231500-ABCDEF7.twofold",
              "vault.sync-conflict-20261204-231500-ABCDEF7.twofold.tmp",
              "vault.sync-conflict-2026124-231500-ABCDEF7.twofold", "vault (copy 2026-12-04).twofold",
              ".syncthing.vault.twofold.tmp"})
            QVERIFY2(!ConflictCopies::isCopyOf(QString::fromUtf8(name), vault), name);
        QVERIFY(
            ConflictCopies::isCopyOf(QStringLiteral("my.vault.sync-conflict-20261204-231500-ABCDEF7.twofold"),
                                     QStringLiteral("/x/my.vault.twofold")));
    }

    void conflictCopyIsMergedSavedAndMovedToBackups()
    {
        makeSharedStart();
        // This device: a new account, the HOTP counter to 2, Doomed deleted.
        VaultStore ours(m_vault);
        QVERIFY(ours.unlock(bytes(password)));
        QVERIFY(ours.add(uri("otpauth://totp/OnlyHere:a?secret=ONSWG4TFORRW6ZDF")));
        QVERIFY(setCounter(ours, named(ours, QStringLiteral("Hotp"))->uuid, 2));
        QVERIFY(ours.remove(named(ours, QStringLiteral("Doomed"))->uuid));
        QVERIFY(ours.save());
        // The other device, meanwhile: a new account, the counter to 5, Kept renamed.
        VaultStore theirs(m_other);
        QVERIFY(theirs.unlock(bytes(password)));
        QVERIFY(theirs.add(uri("otpauth://totp/OnlyThere:b?secret=NBSWY3DPO5XXE3DE")));
        QVERIFY(setCounter(theirs, named(theirs, QStringLiteral("Hotp"))->uuid, 5));
        Account kept = *named(theirs, QStringLiteral("Kept"));
        kept.name = QStringLiteral("renamed there");
        QVERIFY(theirs.update(kept));
        QVERIFY(theirs.save());
        // Syncthing kept ours and put theirs beside it.
        const QString copy =
            m_dir.filePath(QStringLiteral("a/vault.sync-conflict-20261204-231500-ABCDEF7.twofold"));
        QVERIFY(QFile::copy(m_other, copy));

        const auto result = ConflictMerge::mergeInto(ours);
        QVERIFY(result);
        QCOMPARE(result->merged, QStringList{copy});
        QVERIFY(result->unopened.isEmpty());
        QVERIFY(ours.hasUnsavedChanges());
        QCOMPARE(issuers(ours), (QStringList{QStringLiteral("Hotp"), QStringLiteral("Kept"),
                                             QStringLiteral("OnlyHere"), QStringLiteral("OnlyThere")}));
        QCOMPARE(named(ours, QStringLiteral("Hotp"))->parameters.counter(), quint64(5));
        QCOMPARE(named(ours, QStringLiteral("Kept"))->name, QStringLiteral("renamed there"));

        // Not saved yet: the file on disk lacks the copy's accounts, so the copy stays.
        const auto early = ConflictMerge::archive(ours, result->merged);
        QVERIFY(early);
        QVERIFY(early->isEmpty());
        QVERIFY(QFile::exists(copy));

        QVERIFY(ours.save());
        const auto moved = ConflictMerge::archive(ours, result->merged);
        QVERIFY(moved);
        const QString inBackups =
            m_dir.filePath(QStringLiteral("a/backups/vault.sync-conflict-20261204-231500-ABCDEF7.twofold"));
        QCOMPARE(*moved, QStringList{inBackups});
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(inBackups));
        QVERIFY(ConflictCopies::find(m_vault).isEmpty());

        // The saved file has both sides; reopened, nothing came back and no counter went back.
        VaultStore reopened(m_vault);
        QVERIFY(reopened.unlock(bytes(password)));
        QCOMPARE(issuers(reopened), issuers(ours));
        QCOMPARE(named(reopened, QStringLiteral("Hotp"))->parameters.counter(), quint64(5));
        QVERIFY(!named(reopened, QStringLiteral("Doomed")));
    }

    void copyUnderAnotherPasswordIsLeftAndNamed()
    {
        makeSharedStart();
        VaultStore stranger(m_dir.filePath(QStringLiteral("b/stranger.twofold")));
        QVERIFY(stranger.create(bytes("another password"), fastKdf()));
        const QString copy =
            m_dir.filePath(QStringLiteral("a/vault (conflicted copy 2026-12-04 231500).twofold"));
        QVERIFY(QFile::copy(stranger.path(), copy));
        const QString garbage =
            m_dir.filePath(QStringLiteral("a/vault (Bob's conflicted copy 2026-12-04).twofold"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a vault");
        file.close();

        VaultStore ours(m_vault);
        QVERIFY(ours.unlock(bytes(password)));
        const auto result = ConflictMerge::mergeInto(ours);
        QVERIFY(result);
        QVERIFY(result->merged.isEmpty());
        QCOMPARE(result->unopened.size(), 2);
        QCOMPARE(result->unopened.at(0).path, garbage); // name order: "B" before "c"
        QCOMPARE(result->unopened.at(0).error.code, ErrorCode::VaultNotAVault);
        QCOMPARE(result->unopened.at(1).path, copy);
        QCOMPARE(result->unopened.at(1).error.code, ErrorCode::VaultWrongPassword);
        QVERIFY(!ours.hasUnsavedChanges());
        QVERIFY(ConflictMerge::archive(ours, {copy, garbage})->isEmpty());
        QVERIFY(QFile::exists(copy));
        QVERIFY(QFile::exists(garbage));
    }

    void copyAlreadyHeldIsMovedWithoutASave()
    {
        makeSharedStart();
        const QString copy =
            m_dir.filePath(QStringLiteral("a/vault.sync-conflict-20261204-231500-ABCDEF7.twofold"));
        QVERIFY(QFile::copy(m_vault, copy));
        QDir().mkpath(m_dir.filePath(QStringLiteral("a/backups")));
        QVERIFY(
            QFile::copy(m_vault, m_dir.filePath(QStringLiteral("a/backups/") + QFileInfo(copy).fileName())));
        VaultStore ours(m_vault);
        QVERIFY(ours.unlock(bytes(password)));
        const auto result = ConflictMerge::mergeInto(ours);
        QVERIFY(result);
        QVERIFY(!ours.hasUnsavedChanges()); // it brought nothing new
        const auto moved = ConflictMerge::archive(ours, result->merged);
        QVERIFY(moved);
        // The name in backups/ was taken: both are kept.
        QCOMPARE(*moved, QStringList{m_dir.filePath(QStringLiteral(
                             "a/backups/vault.sync-conflict-20261204-231500-ABCDEF7-2.twofold"))});
    }

    void vaultChangedOnDiskIsTakenInWithoutASave()
    {
        makeSharedStart();
        VaultStore ours(m_vault);
        QVERIFY(ours.unlock(bytes(password)));
        VaultStore other(m_vault); // another device's write, arriving through the sync tool
        QVERIFY(other.unlock(bytes(password)));
        QVERIFY(other.add(uri("otpauth://totp/Arrived:x?secret=ONSWG4TFORRW6ZDF")));
        QVERIFY(other.remove(named(other, QStringLiteral("Doomed"))->uuid));
        QVERIFY(other.save());

        const auto disk = SealedCopy::open(m_vault, *ours.keys());
        QVERIFY(disk);
        QCOMPARE(ours.mergeFrom(disk->contents, true), Expected<bool>(true));
        QCOMPARE(issuers(ours),
                 (QStringList{QStringLiteral("Arrived"), QStringLiteral("Hotp"), QStringLiteral("Kept")}));
        QVERIFY(!ours.hasUnsavedChanges()); // nothing to write back: no ping-pong between devices
        QCOMPARE(ours.mergeFrom(disk->contents, true), Expected<bool>(false));
    }

    void unsavedLocalEditSurvivesAndIsWrittenBack()
    {
        makeSharedStart();
        VaultStore ours(m_vault);
        QVERIFY(ours.unlock(bytes(password)));
        QVERIFY(ours.add(uri("otpauth://totp/Unsaved:u?secret=NBSWY3DPO5XXE3DE")));
        QVERIFY(setCounter(ours, named(ours, QStringLiteral("Hotp"))->uuid, 7));
        // The sync tool replaces the file with the other device's older state (counter 3).
        VaultStore other(m_other);
        QVERIFY(other.unlock(bytes(password)));
        QVERIFY(setCounter(other, named(other, QStringLiteral("Hotp"))->uuid, 3));
        QVERIFY(other.save());
        const auto disk = SealedCopy::open(m_other, *ours.keys());
        QVERIFY(disk);
        QCOMPARE(ours.mergeFrom(disk->contents, true), Expected<bool>(true)); // their newer edit of Hotp
        QVERIFY(named(ours, QStringLiteral("Unsaved")));
        QCOMPARE(named(ours, QStringLiteral("Hotp"))->parameters.counter(), quint64(7));
        QVERIFY(ours.hasUnsavedChanges());
    }

    void lockedStoreRefuses()
    {
        VaultStore locked(m_dir.filePath(QStringLiteral("none.twofold")));
        QCOMPARE(locked.mergeFrom({}, true).error().code, ErrorCode::VaultLocked);
        QCOMPARE(ConflictMerge::mergeInto(locked).error().code, ErrorCode::VaultLocked);
        QCOMPARE(ConflictMerge::archive(locked, {}).error().code, ErrorCode::VaultLocked);
    }
};

QTEST_GUILESS_MAIN(TestConflictMerge)
#include "tst_conflictmerge.moc"
