// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultRekey.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray oldPassword = "old pässword";
const QByteArray newPassword = "new pässword 🔐";

// Each reading a millisecond later, so every save gets a backup of its own name.
class SteppingClock : public Clock
{
public:
    mutable qint64 msecs = 1'700'000'000'000;
    qint64 currentMSecs() const override { return ++msecs; }
};

VaultStore::Options withClock(const Clock &clock)
{
    VaultStore::Options options;
    options.clock = &clock;
    return options;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Expected<VaultFile> parsed(const QString &path)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    return bytes ? VaultFile::parse(*bytes) : Expected<VaultFile>(std::unexpected(bytes.error()));
}

Expected<VaultKeys> unlockFile(const QString &path, const QByteArray &password)
{
    return parsed(path).and_then([&](const VaultFile &file) { return file.unlock(bytes(password)); });
}

// A vault with three saved versions (one account more each time), so it has three backups.
bool createWithBackups(VaultStore &store)
{
    if (!store.create(bytes(oldPassword), fastKdf()))
        return false;
    for (const char *text :
         {"otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP", "otpauth://totp/B:b?secret=GEZDGNBVGY3TQOJQ"}) {
        if (!store.add(*OtpAuthUri::parse(text)) || !store.save())
            return false;
    }
    return true;
}
} // namespace

// Changing the password (or revoking the keyring's key) re-keys the vault: nothing written afterwards opens
// with the old password, the old data key or the old keyring key; re-encrypted backups follow the new key.
class TestVaultRekey : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void theCurrentPasswordIsChecked()
    {
        const auto current = VaultKeys::create(bytes(oldPassword), fastKdf(), RandomSource::system());
        QVERIFY(current.has_value());
        const auto wrong = VaultRekey::rekey(*current, bytes("not it"), bytes(newPassword), fastKdf(),
                                             RandomSource::system());
        QCOMPARE(test::errorOf(wrong).code, ErrorCode::VaultWrongPassword);
        const auto empty =
            VaultRekey::rekey(*current, bytes(oldPassword), bytes(""), fastKdf(), RandomSource::system());
        QCOMPARE(test::errorOf(empty).code, ErrorCode::PasswordEmpty);
        const auto noCurrent =
            VaultRekey::rekey(*current, bytes(""), bytes(newPassword), fastKdf(), RandomSource::system());
        QCOMPARE(test::errorOf(noCurrent).code, ErrorCode::PasswordEmpty);

        const auto rekeyed = VaultRekey::rekey(*current, bytes(oldPassword), bytes(newPassword), fastKdf(),
                                               RandomSource::system());
        QVERIFY(rekeyed.has_value());
        QVERIFY2(rekeyed->dataKey != current->dataKey, "a new data key, not the old one re-wrapped");
        QVERIFY(rekeyed->checkPassword(bytes(newPassword)).has_value());
        QCOMPARE(test::errorOf(rekeyed->checkPassword(bytes(oldPassword))).code,
                 ErrorCode::VaultWrongPassword);
    }

    void oldFileAndOldPasswordCannotOpenTheNewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        SteppingClock clock;
        VaultStore store(path, withClock(clock));
        QVERIFY(createWithBackups(store));
        const QByteArray oldFile = contentsOf(path);
        const VaultKeys old = *store.keys();

        const auto rekeyed =
            VaultRekey::rekey(old, bytes(oldPassword), bytes(newPassword), fastKdf(), RandomSource::system());
        QVERIFY(rekeyed.has_value());
        QVERIFY(store.changeKeys(*rekeyed).has_value());
        QVERIFY(store.save().has_value());

        const auto newFile = parsed(path);
        QVERIFY(newFile.has_value());
        QCOMPARE(test::errorOf(newFile->unlock(bytes(oldPassword))).code, ErrorCode::VaultWrongPassword);
        QVERIFY2(!newFile->decrypt(old.dataKey).has_value(), "the old data key opens nothing written now");
        const auto opened = newFile->unlock(bytes(newPassword));
        QVERIFY(opened.has_value());
        QCOMPARE(newFile->decrypt(opened->dataKey)->entries.size(), 2);
        // The old file (a copy someone kept) still opens with the old password, and only that.
        const auto oldCopy = VaultFile::parse(oldFile);
        QVERIFY(oldCopy->unlock(bytes(oldPassword)).has_value());
        QCOMPARE(test::errorOf(oldCopy->unlock(bytes(newPassword))).code, ErrorCode::VaultWrongPassword);
    }

    void aCopiedKeyringKeyOpensNothingWrittenAfterwards()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        SteppingClock clock;
        VaultStore store(path, withClock(clock));
        QVERIFY(createWithBackups(store));
        const SecureBytes slotKey = RandomSource::system().bytes(32);
        QVERIFY(store.setKeyringSlot(QStringLiteral("vault-old"), slotKey).has_value());
        QVERIFY(store.save().has_value());
        QVERIFY(parsed(path)->unlockWithKeyring(slotKey).has_value());
        QCOMPARE(store.keys()->keyringId(), QStringLiteral("vault-old"));

        // Turning keyring unlock off: the same password, a new data key, no keyring slot.
        const auto rekeyed = VaultRekey::rekey(*store.keys(), bytes(oldPassword), bytes(oldPassword),
                                               fastKdf(), RandomSource::system());
        QVERIFY(rekeyed.has_value());
        QVERIFY(!rekeyed->hasKeyringSlot());
        QVERIFY(store.changeKeys(*rekeyed).has_value());
        QVERIFY(store.save().has_value());
        QCOMPARE(test::errorOf(parsed(path)->unlockWithKeyring(slotKey)).code, ErrorCode::VaultNoKeyringSlot);
        QVERIFY2(unlockFile(path, oldPassword).has_value(), "the password still opens it");
    }

    void reencryptedBackupsOpenWithTheNewPasswordOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        SteppingClock clock;
        VaultStore store(path, withClock(clock));
        QVERIFY(createWithBackups(store));
        const QStringList before = store.backups();
        QCOMPARE(before.size(), 3);
        // One backup under yet another password (made before an earlier change): it is left alone.
        const QString foreign = dir.filePath(QStringLiteral("backups/vault-19990101-000000000.twofold"));
        {
            const auto keys = VaultKeys::create(bytes("earlier"), fastKdf(), RandomSource::system());
            QVERIFY(AtomicFile::write(foreign, *VaultFile::write({}, *keys, RandomSource::system())));
        }
        const QByteArray foreignBytes = contentsOf(foreign);
        const QDateTime oldest = QFileInfo(before.constLast()).lastModified(QTimeZone::UTC);
        QTest::qWait(20); // a rewrite would show in the modification time

        const VaultKeys old = *store.keys();
        const auto rekeyed =
            VaultRekey::rekey(old, bytes(oldPassword), bytes(newPassword), fastKdf(), RandomSource::system());
        QVERIFY(store.changeKeys(*rekeyed).has_value());
        QVERIFY(store.save().has_value()); // writes a fourth backup, already under the new key
        QStringList all = store.backups();
        all << dir.filePath(QStringLiteral("backups/vault-pruned-meanwhile.twofold"));

        const auto result = VaultRekey::reencryptBackups(all, old.dataKey, *rekeyed, RandomSource::system());
        QVERIFY(result.has_value());
        QCOMPARE(result->reencrypted, 4);
        QCOMPARE(result->unopened, QStringList{foreign});
        QCOMPARE(contentsOf(foreign), foreignBytes);
        for (const QString &backup : before) {
            QCOMPARE(test::errorOf(unlockFile(backup, oldPassword)).code, ErrorCode::VaultWrongPassword);
            const auto opened = unlockFile(backup, newPassword);
            QVERIFY2(opened.has_value(), qPrintable(backup));
            QVERIFY2(!parsed(backup)->decrypt(old.dataKey), "the old data key no longer opens it");
            QVERIFY(parsed(backup)->decrypt(opened->dataKey).has_value());
        }
        // The contents are the backup's own, not the vault's current ones.
        const auto oldestKeys = unlockFile(before.constLast(), newPassword);
        QCOMPARE(parsed(before.constLast())->decrypt(oldestKeys->dataKey)->entries.size(), 0);
        QCOMPARE(parsed(before.constFirst())->decrypt(oldestKeys->dataKey)->entries.size(), 2);
        QCOMPARE(QFileInfo(before.constLast()).lastModified(QTimeZone::UTC), oldest);

        // Done again: nothing left to do, nothing rewritten.
        const QByteArray newest = contentsOf(before.constFirst());
        const auto again = VaultRekey::reencryptBackups(all, old.dataKey, *rekeyed, RandomSource::system());
        QCOMPARE(again->reencrypted, 4);
        QCOMPARE(contentsOf(before.constFirst()), newest);
    }

    void kdfCostIsRaisedToTheDefaultNeverLowered()
    {
        const KdfParameters defaults = KdfParameters::defaultArgon2id({});
        const auto keysWith = [](const KdfParameters &kdf) {
            VaultKeys keys;
            VaultSlot slot;
            slot.kdf = kdf;
            keys.unlockSlots << slot;
            return keys;
        };
        const QByteArray salt(16, 'n');

        const auto weak = VaultRekey::kdfFor(keysWith(fastKdf()), defaults, salt);
        QVERIFY(weak.raised);
        QCOMPARE(weak.parameters.memoryKiB, defaults.memoryKiB);
        QCOMPARE(weak.parameters.iterations, defaults.iterations);
        QCOMPARE(weak.parameters.lanes, defaults.lanes);
        QCOMPARE(weak.parameters.salt, salt);

        KdfParameters strong = defaults;
        strong.memoryKiB *= 2;
        strong.iterations = 5;
        const auto kept = VaultRekey::kdfFor(keysWith(strong), defaults, salt);
        QVERIFY2(!kept.raised, "a stronger choice is kept as it is");
        QCOMPARE(kept.parameters.memoryKiB, strong.memoryKiB);
        QCOMPARE(kept.parameters.iterations, 5u);
        QCOMPARE(kept.parameters.salt, salt);

        KdfParameters mixed = strong;
        mixed.iterations = 1;
        const auto partly = VaultRekey::kdfFor(keysWith(mixed), defaults, salt);
        QVERIFY(partly.raised);
        QCOMPARE(partly.parameters.memoryKiB, strong.memoryKiB);
        QCOMPARE(partly.parameters.iterations, defaults.iterations);

        KdfParameters scrypt;
        scrypt.algorithm = KdfParameters::Algorithm::Scrypt;
        const auto replaced = VaultRekey::kdfFor(keysWith(scrypt), defaults, salt);
        QVERIFY(replaced.raised);
        QCOMPARE(replaced.parameters.algorithm, KdfParameters::Algorithm::Argon2id);
        QCOMPARE(replaced.parameters.memoryKiB, defaults.memoryKiB);
    }
};

QTEST_GUILESS_MAIN(TestVaultRekey)
#include "tst_vaultrekey.moc"
