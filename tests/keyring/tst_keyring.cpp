// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "keyring/Keyring.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

// Against a real Secret Service (gnome-keyring on a private bus, see with-keyring), and with none:
// TWOFOLD_EXPECT_NO_KEYRING=1 runs the second mode.
class TestKeyring : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

    static bool expectNoKeyring() { return qEnvironmentVariableIntValue("TWOFOLD_EXPECT_NO_KEYRING") == 1; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void storeUnlockWithoutPasswordRemove()
    {
        if (expectNoKeyring())
            QSKIP("runs in the mode with a Secret Service");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        const QString id = QStringLiteral("vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const SecureBytes slotKey = RandomSource::system().bytes(32);
        {
            VaultStore store(path);
            QVERIFY(store.create(bytes("password"), fastKdf()).has_value());
            QVERIFY(store.add(*OtpAuthUri::parse("otpauth://totp/K:k?secret=JBSWY3DPEHPK3PXP")).has_value());
            const auto stored = Keyring::storeBlocking(id, slotKey);
            QVERIFY2(stored.has_value(), qPrintable(stored ? QString() : stored.error().detail));
            QVERIFY(store.setKeyringSlot(id, slotKey).has_value());
            QVERIFY(store.save().has_value());
        }

        VaultStore store(path);
        QCOMPARE(*store.keyringSlotId(), id);
        const auto key = Keyring::readBlocking(id);
        QVERIFY2(key.has_value(), "the slot key comes back from the keyring");
        QVERIFY2(store.unlockWithKeyring(*key).has_value(), "the vault opens without a password");
        QCOMPARE(store.accounts().size(), 1);

        QVERIFY(Keyring::removeBlocking(id).has_value());
        QVERIFY2(!Keyring::readBlocking(id).has_value(), "removed from the keyring");
        QVERIFY(store.removeKeyringSlot().has_value());
        QVERIFY(store.save().has_value());
        QCOMPARE(*store.keyringSlotId(), QString());
        store.lock();
        QVERIFY2(store.unlock(bytes("password")).has_value(), "the password still opens it");
    }

    void passwdRenewsTheKeyringEntry()
    {
        if (expectNoKeyring())
            QSKIP("runs in the mode with a Secret Service");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.twofold"));
        const QString oldEntry = Keyring::newEntryId();
        {
            VaultStore store(path);
            QVERIFY(store.create(bytes("password"), fastKdf()).has_value());
            const SecureBytes slotKey = Keyring::newSlotKey();
            QVERIFY(Keyring::storeBlocking(oldEntry, slotKey).has_value());
            QVERIFY(store.setKeyringSlot(oldEntry, slotKey).has_value());
            QVERIFY(store.save().has_value());
        }
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("old"), "password\n");
        write(QStringLiteral("new"), "new password\n");
        const CliResult changed =
            runTwofold({QStringLiteral("passwd"), QStringLiteral("--vault"), path,
                        QStringLiteral("--password-file"), dir.filePath(QStringLiteral("old")),
                        QStringLiteral("--new-password-file"), dir.filePath(QStringLiteral("new"))});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));

        const QString newEntry = *VaultStore(path).keyringSlotId();
        QVERIFY2(!newEntry.isEmpty() && newEntry != oldEntry, "a fresh keyring slot under a new entry");
        QCOMPARE(test::errorOf(Keyring::readBlocking(oldEntry)).code, ErrorCode::VaultNoKeyringSlot);
        VaultStore store(path);
        QVERIFY2(store.unlockWithKeyring(*Keyring::readBlocking(newEntry)).has_value(),
                 "the new entry opens the re-keyed vault");
        // And the command line uses it, without a password.
        const CliResult listed = runTwofold({QStringLiteral("list"), QStringLiteral("--vault"), path});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.err, QString());
    }

    void missingSecretServiceIsReported()
    {
        if (!expectNoKeyring())
            QSKIP("runs in the mode without a Secret Service");
        const auto key = Keyring::readBlocking(QStringLiteral("vault-anything"));
        QVERIFY(!key.has_value());
        QCOMPARE(key.error().code, ErrorCode::KeyringUnavailable);
        QVERIFY2(!key.error().detail.isEmpty(), "the keyring's own message is kept for the user");
        const auto stored =
            Keyring::storeBlocking(QStringLiteral("vault-anything"), RandomSource::system().bytes(32));
        QVERIFY(!stored.has_value());
        QCOMPARE(stored.error().code, ErrorCode::KeyringUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
