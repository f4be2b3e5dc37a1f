// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "accounts/AccountListModel.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "sync/VaultWatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
OtpAuthUri uri(QByteArrayView text)
{
    auto parsed = OtpAuthUri::parse(text);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

QStringList shownIssuers(VaultParts &vault)
{
    QStringList result;
    AccountListModel &model = vault.session().allAccounts();
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row), AccountListModel::IssuerRole).toString();
    result.sort();
    return result;
}
} // namespace

// The running window and a folder sync tool: another device's save is merged into the open vault and
// shown within a second, unsaved edits survive, conflict copies are merged and moved into backups/.
class TestVaultWatcher : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_config;
    QSettings m_settingsStore{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_settingsStore};
    QTemporaryDir m_dir;
    std::unique_ptr<VaultParts> m_vault;

    // Another device's Twofold, writing the same file (the sync tool has just put its save in place).
    void otherDeviceSaves(const std::function<void(VaultStore &)> &edit, const QString &path = {})
    {
        VaultStore other(path.isEmpty() ? m_vault->session().vaultPath() : path);
        QVERIFY(other.unlock(bytes("pw")));
        edit(other);
        QVERIFY(other.save());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        m_vault = std::make_unique<VaultParts>(m_dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QCOMPARE(m_vault->actions().addUri(QStringLiteral("otpauth://totp/Mine:x?secret=JBSWY3DPEHPK3PXP")),
                 QString());
        QTest::qWait(400);
        m_vault->session().waitForSaves();
    }

    void ownSaveIsNotReadBack()
    {
        QSignalSpy opened(&m_vault->watcher(), &VaultWatcher::vaultFileOpened);
        QSignalSpy merged(&m_vault->watcher(), &VaultWatcher::merged);
        QSignalSpy saved(&m_vault->saver(), &VaultSaver::saved);
        for (const char *link : {"otpauth://totp/Own:a?secret=KRSXG5CTMVRXEZLU",
                                 "otpauth://totp/Own2:b?secret=KRUGS4ZANFZSA5DP"}) {
            QCOMPARE(m_vault->actions().addUri(QString::fromLatin1(link)), QString());
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 3000);
            saved.clear();
            QTest::qWait(600); // the watcher's look after the file changed
        }
        QVERIFY2(opened.isEmpty(), "our own saves are recognised by their bytes, not decrypted again");
        QVERIFY(merged.isEmpty());
        for (const Account &account : m_vault->session().store().accounts())
            if (account.issuer.startsWith(QLatin1String("Own")))
                QVERIFY(m_vault->session().store().remove(account.uuid));
        m_vault->session().markEdited();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 3000);
        QTest::qWait(600);
        QVERIFY(opened.isEmpty());
    }

    void anotherDevicesSaveShowsWithinASecond()
    {
        QSignalSpy opened(&m_vault->watcher(), &VaultWatcher::vaultFileOpened);
        QElapsedTimer clock;
        otherDeviceSaves([](VaultStore &other) {
            QVERIFY(other.add(uri("otpauth://totp/Arrived:y?secret=GEZDGNBVGY3TQOJQ")));
        });
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(shownIssuers(*m_vault).contains(QStringLiteral("Arrived")), 1000);
        qInfo("another device's save shown after %lld ms", clock.elapsed());
        QCOMPARE(opened.size(), 1);
        QVERIFY(m_vault->watcher().notice().isEmpty());
    }

    void unsavedLocalEditSurvives()
    {
        // Added here, not saved yet (the save waits 250 ms), when another device's save arrives.
        QCOMPARE(
            m_vault->actions().addUri(QStringLiteral("otpauth://totp/Unsaved:z?secret=MFRGGZDFMZTWQ2LK")),
            QString());
        otherDeviceSaves([](VaultStore &other) {
            QVERIFY(other.add(uri("otpauth://totp/Remote:w?secret=ONSWG4TFORRW6ZDF")));
        });
        QTRY_VERIFY_WITH_TIMEOUT(shownIssuers(*m_vault).contains(QStringLiteral("Remote")), 1000);
        QVERIFY(shownIssuers(*m_vault).contains(QStringLiteral("Unsaved")));
        QTest::qWait(400);
        m_vault->session().waitForSaves();
        VaultStore check(m_vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")));
        QCOMPARE(check.accounts().size(), 4);
    }

    void deletionElsewhereStaysDeleted()
    {
        otherDeviceSaves([](VaultStore &other) {
            for (const Account &account : other.accounts())
                if (account.issuer == QLatin1String("Arrived"))
                    QVERIFY(other.remove(account.uuid));
        });
        QTRY_VERIFY_WITH_TIMEOUT(!shownIssuers(*m_vault).contains(QStringLiteral("Arrived")), 1000);
    }

    void conflictCopyIsMergedAndMovedToBackups()
    {
        const QString other = m_dir.filePath(QStringLiteral("elsewhere.twofold"));
        QVERIFY(QFile::copy(m_vault->session().vaultPath(), other));
        otherDeviceSaves(
            [](VaultStore &store) {
                QVERIFY(store.add(uri("otpauth://totp/FromCopy:v?secret=NBSWY3DPO5XXE3DE")));
            },
            other);
        const QString copy =
            m_dir.filePath(QStringLiteral("vault.sync-conflict-20261204-231500-ABCDEF7.twofold"));
        QSignalSpy toasts(&m_vault->toasts(), &Toasts::toast);
        QVERIFY(QFile::rename(other, copy));
        QTRY_VERIFY_WITH_TIMEOUT(shownIssuers(*m_vault).contains(QStringLiteral("FromCopy")), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(copy), 3000); // once the save holding it is on disk
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("backups/") + QFileInfo(copy).fileName())));
        QCOMPARE(toasts.size(), 1);
        QVERIFY(toasts.at(0).at(0).toString().contains(QStringLiteral("merged into the vault: 1")));
        VaultStore check(m_vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")));
        QVERIFY(std::ranges::any_of(check.accounts(),
                                    [](const Account &a) { return a.issuer == QLatin1String("FromCopy"); }));
    }

    void copyUnderAnotherPasswordIsNamedInTheWindow()
    {
        VaultStore stranger(m_dir.filePath(QStringLiteral("stranger/vault.twofold")));
        QVERIFY(stranger.create(bytes("another"), fastKdf()));
        const QString copy =
            m_dir.filePath(QStringLiteral("vault (conflicted copy 2026-12-04 231500).twofold"));
        QVERIFY(QFile::copy(stranger.path(), copy));
        QTRY_VERIFY_WITH_TIMEOUT(!m_vault->watcher().notice().isEmpty(), 1000);
        QCOMPARE(
            m_vault->watcher().notice(),
            QStringLiteral("A sync tool left a conflict copy beside the vault that does not open with its "
                           "password, so it was not merged and stays where it is: "
                           "vault (conflicted copy 2026-12-04 231500).twofold (Wrong password.)"));
        QVERIFY(QFile::exists(copy));
        m_vault->session().lock();
        QVERIFY(m_vault->watcher().notice().isEmpty());
        QVERIFY(QFile::exists(copy));
    }
};

QTEST_MAIN(TestVaultWatcher)
#include "tst_vaultwatcher.moc"
