// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "keyring/Keyring.h"
#include "settings/Settings.h"
#include "storage/AtomicFile.h"
#include "vault/PasswordChange.h"
#include "vault/VaultFile.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
Expected<VaultFile> parsed(const QString &path)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    return bytes ? VaultFile::parse(*bytes) : Expected<VaultFile>(std::unexpected(bytes.error()));
}

bool opensWith(const QString &path, const QByteArray &password)
{
    return parsed(path)
        .and_then([&](const VaultFile &file) { return file.unlock(bytes(password)); })
        .has_value();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Costlier than the vault's test KDF, still cheap: a change must raise the vault to it.
KdfParameters raisedKdf()
{
    KdfParameters kdf = fastKdf();
    kdf.memoryKiB = 16 * 1024;
    kdf.iterations = 2;
    return kdf;
}
} // namespace

// The window's password change and keyring revocation (PasswordChange over VaultSession), against a real
// Secret Service (gnome-keyring on a private bus, see tests/keyring/with-keyring).
class TestPasswordChange : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_config;
    QSettings m_store{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

    // An unlocked vault with password "old", one account and its backups (one per save), all on disk.
    std::unique_ptr<VaultParts> createdVault(const QTemporaryDir &dir, bool keyring = false)
    {
        auto vault = std::make_unique<VaultParts>(dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        vault->session().setKdfForNewVaults(fastKdf());
        vault->session().createVault(QStringLiteral("old"), keyring);
        if (!QTest::qWaitFor([&] { return vault->session().state() == VaultSession::Unlocked; }))
            return nullptr;
        if (keyring && !QTest::qWaitFor([&] { return vault->keyring().isEnabled(); }))
            return nullptr;
        vault->actions().addUri(QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP"));
        QTest::qWait(400); // the coalesced save
        vault->session().waitForSaves();
        QTest::qWait(20);
        return vault;
    }

    static bool finished(PasswordChange &change)
    {
        return QTest::qWaitFor(
            [&] { return !change.busy() && (!change.error().isEmpty() || !change.result().isEmpty()); },
            20000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void badInputIsNamedAndChangesNothing()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir);
        QVERIFY(vault);
        const QByteArray before = contentsOf(vault->session().vaultPath());
        PasswordChange change(vault->session());
        change.change({}, QStringLiteral("new"), QStringLiteral("new"), true);
        QCOMPARE(change.error(), QStringLiteral("Type your current password."));
        change.change(QStringLiteral("old"), {}, {}, true);
        QCOMPARE(change.error(), QStringLiteral("Choose a new password."));
        change.change(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("neW"), true);
        QCOMPARE(change.error(), QStringLiteral("The new passwords differ. Nothing was changed."));
        QVERIFY(!change.busy());

        change.change(QStringLiteral("wrong"), QStringLiteral("new"), QStringLiteral("new"), true);
        QVERIFY2(change.busy(), "the KDF runs off the GUI thread");
        QVERIFY(finished(change));
        QCOMPARE(change.error(), QStringLiteral("The current password is wrong. Nothing was changed."));
        QCOMPARE(change.result(), QString());
        vault->session().waitForSaves();
        QCOMPARE(contentsOf(vault->session().vaultPath()), before);
    }

    void changeRekeysRaisesTheKdfAndReencryptsTheBackups()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir);
        QVERIFY(vault);
        const QStringList backups = vault->session().backups();
        QVERIFY(!backups.isEmpty());
        const SecureBytes oldDataKey = vault->session().keys()->dataKey;
        vault->session().setKdfForNewVaults(raisedKdf());
        PasswordChange change(vault->session());
        QCOMPARE(change.backupCount(), int(backups.size()));
        QVERIFY2(change.kdfNote().contains(QLatin1String("16 MiB, 2 passes")), qPrintable(change.kdfNote()));

        change.change(QStringLiteral("old"), QStringLiteral("new pässword"), QStringLiteral("new pässword"),
                      true);
        QVERIFY(finished(change));
        QCOMPARE(change.error(), QString());
        QVERIFY2(change.result().startsWith(QLatin1String("Your password was changed")),
                 qPrintable(change.result()));
        QVERIFY2(change.result().contains(
                     QLatin1String("raised to the current default (Argon2id, 16 MiB, 2 passes)")),
                 qPrintable(change.result()));
        QVERIFY2(change.result().contains(QLatin1String("re-encrypted and open with the new password only")),
                 qPrintable(change.result()));
        vault->session().waitForSaves();

        const QString path = vault->session().vaultPath();
        QVERIFY2(!opensWith(path, "old"), "the old password opens nothing written now");
        QVERIFY(opensWith(path, "new pässword"));
        QVERIFY2(!parsed(path)->decrypt(oldDataKey), "a new data key");
        QCOMPARE(parsed(path)->unlockSlots().constFirst().kdf.memoryKiB, 16u * 1024);
        for (const QString &backup : backups) {
            QVERIFY2(!opensWith(backup, "old"), qPrintable(backup));
            QVERIFY2(opensWith(backup, "new pässword"), qPrintable(backup));
        }
        // Still unlocked, with its account; unlocking again takes the new password.
        QCOMPARE(vault->session().accounts()->count(), 1);
        vault->session().lock();
        vault->session().unlock(QStringLiteral("new pässword"));
        QTRY_COMPARE(vault->session().state(), VaultSession::Unlocked);
    }

    void keptBackupsStillOpenWithTheOldPassword()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir);
        QVERIFY(vault);
        const QStringList backups = vault->session().backups();
        PasswordChange change(vault->session());
        QVERIFY2(change.kdfNote().isEmpty(), "the stored KDF is the current default: nothing to raise");
        change.change(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("new"), false);
        QVERIFY(finished(change));
        QVERIFY2(change.result().contains(QLatin1String("still open with the old password")),
                 qPrintable(change.result()));
        QVERIFY2(!change.result().contains(QLatin1String("raised")), qPrintable(change.result()));
        vault->session().waitForSaves();
        for (const QString &backup : backups)
            QVERIFY2(opensWith(backup, "old"), qPrintable(backup));
        QVERIFY(opensWith(vault->session().vaultPath(), "new"));
    }

    void keyringEntryIsRenewedAndTheOldOneRemoved()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir, true);
        QVERIFY(vault);
        const QString oldEntry = vault->session().keys()->keyringId();
        QVERIFY(!oldEntry.isEmpty());
        QVERIFY(Keyring::readBlocking(oldEntry).has_value());

        PasswordChange change(vault->session());
        change.change(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("new"), true);
        QVERIFY(finished(change));
        QVERIFY2(
            change.result().contains(QLatin1String("The desktop keyring holds a new key for this computer. "
                                                   "The old key was removed from the keyring.")),
            qPrintable(change.result()));
        vault->session().waitForSaves();
        QVERIFY(vault->keyring().isEnabled());

        const QString newEntry = *VaultStore(vault->session().vaultPath()).keyringSlotId();
        QVERIFY(!newEntry.isEmpty() && newEntry != oldEntry);
        QCOMPARE(test::errorOf(Keyring::readBlocking(oldEntry)).code, ErrorCode::VaultNoKeyringSlot);
        const auto key = Keyring::readBlocking(newEntry);
        QVERIFY(key.has_value());
        QVERIFY2(parsed(vault->session().vaultPath())->unlockWithKeyring(*key),
                 "the new keyring entry opens the vault");
        vault->session().lock();
        vault->keyring().unlock();
        QTRY_COMPARE(vault->session().state(), VaultSession::Unlocked);
    }

    void turningKeyringOffNeedsThePasswordAndRevokesTheKey()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir, true);
        QVERIFY(vault);
        const QString entry = vault->session().keys()->keyringId();
        const auto copied = Keyring::readBlocking(entry); // what someone who copied the keyring has
        QVERIFY(copied.has_value());
        const QStringList backups = vault->session().backups();
        QVERIFY(parsed(backups.constFirst())->unlockWithKeyring(*copied).has_value());

        PasswordChange change(vault->session());
        change.turnOffKeyring(QStringLiteral("wrong"));
        QVERIFY(finished(change));
        QCOMPARE(change.error(), QStringLiteral("Wrong password. Keyring unlock stays on."));
        QVERIFY(vault->keyring().isEnabled());
        QVERIFY(Keyring::readBlocking(entry).has_value());

        change.turnOffKeyring(QStringLiteral("old"));
        QVERIFY(finished(change));
        QCOMPARE(change.error(), QString());
        QVERIFY2(
            change.result().startsWith(QLatin1String("Keyring unlock is off, and the vault has a new key")),
            qPrintable(change.result()));
        vault->session().waitForSaves();
        QVERIFY(!vault->keyring().isEnabled());
        QCOMPARE(test::errorOf(Keyring::readBlocking(entry)).code, ErrorCode::VaultNoKeyringSlot);

        // Someone who copied the keyring's key before opens nothing written since: the vault and the
        // backups (re-encrypted) have no slot for it, and the old data key is gone from them too.
        const QString path = vault->session().vaultPath();
        QCOMPARE(test::errorOf(parsed(path)->unlockWithKeyring(*copied)).code, ErrorCode::VaultNoKeyringSlot);
        for (const QString &backup : backups) {
            QVERIFY2(!parsed(backup)->unlockWithKeyring(*copied), qPrintable(backup));
            QVERIFY2(opensWith(backup, "old"), "the password still opens the backups");
        }
        QVERIFY(opensWith(path, "old"));
    }

    void lockingMeanwhileChangesNothing()
    {
        QTemporaryDir dir;
        auto vault = createdVault(dir);
        QVERIFY(vault);
        const QByteArray before = contentsOf(vault->session().vaultPath());
        PasswordChange change(vault->session());
        change.change(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("new"), true);
        vault->session().lock(); // as auto-lock would, while the KDF runs
        QVERIFY(!change.busy());
        vault->session().waitForSaves();
        QTest::qWait(50);
        QCOMPARE(change.result(), QString());
        QCOMPARE(contentsOf(vault->session().vaultPath()), before);
        QVERIFY(opensWith(vault->session().vaultPath(), "old"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestPasswordChange test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_passwordchange.moc"
