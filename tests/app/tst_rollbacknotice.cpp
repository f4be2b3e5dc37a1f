// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "vault/RollbackGuard.h"

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
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
} // namespace

// The window's warning after unlocking a vault older than one opened here before, and none after the user
// restored a backup on purpose.
class TestRollbackNotice : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_directory;
    QSettings m_store{m_directory.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    RollbackGuard m_guard{m_directory.filePath(QStringLiteral("state/generations.json"))};
    QString m_path = m_directory.filePath(QStringLiteral("vault.twofold"));
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;

    void unlock()
    {
        m_vault->session().unlock(QStringLiteral("pw"));
        QTRY_VERIFY(!m_vault->session().busy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        m_vault = std::make_unique<VaultParts>(m_path, m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->session().setRollbackGuard(&m_guard);
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        m_vault->session().waitForSaves();
        QTRY_COMPARE(m_guard.seen(m_path), quint64(1));
        Settings::setInstance(&m_settings);
        m_vault->exposeToQml();
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    }

    void olderFileIsReportedAfterUnlock()
    {
        const QByteArray older = contentsOf(m_path);
        QCOMPARE(m_vault->actions().addUri(QStringLiteral("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP")),
                 QString());
        m_vault->session().lock();
        m_vault->session().waitForSaves();
        QTRY_COMPARE(m_guard.seen(m_path), quint64(2));

        unlock();
        QCOMPARE(m_vault->session().rollbackNotice()->text(), QString());
        m_vault->session().lock();

        QVERIFY(overwrite(m_path, older));
        unlock();
        QCOMPARE(m_vault->session().state(), VaultSession::Unlocked);
        const QString text = m_vault->session().rollbackNotice()->text();
        QVERIFY2(text.contains(QLatin1String("older than the one you last opened here")), qPrintable(text));
        auto *banner = m_window->findChild<QQuickItem *>(QStringLiteral("rollbackWarning"));
        QVERIFY(banner);
        QTRY_VERIFY2(banner->isVisible(), "the window shows the warning");
        QVERIFY(m_window->grabWindow().save(
            twofold::test::screenshotPath(QStringLiteral("rollback-warning.png"))));
        m_vault->session().rollbackNotice()->dismiss();
        QCOMPARE(m_vault->session().rollbackNotice()->text(), QString());
        QTRY_VERIFY(!banner->isVisible());
        m_vault->session().lock();
        unlock();
        QVERIFY2(m_vault->session().rollbackNotice()->text().isEmpty(), "reported once");
        m_vault->session().lock();
    }

    void restoringABackupOnPurposeDoesNotWarn()
    {
        unlock();
        QCOMPARE(m_vault->actions().addUri(QStringLiteral("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXQ")),
                 QString());
        m_vault->session().lock();
        m_vault->session().waitForSaves();
        unlock();
        QCOMPARE(m_vault->actions().addUri(QStringLiteral("otpauth://totp/C:c?secret=JBSWY3DPEHPK3PXR")),
                 QString());
        m_vault->session().lock();
        m_vault->session().waitForSaves();
        const quint64 newest = m_guard.seen(m_path);

        // Only the oldest backup is left, so the one offered is older than the vault last opened.
        const QDir backups(m_directory.filePath(QStringLiteral("backups")));
        const QStringList names =
            backups.entryList({QStringLiteral("vault-*.twofold")}, QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 3, qPrintable(names.join(u' ')));
        for (const QString &name : names.sliced(1))
            QVERIFY(QFile::remove(backups.filePath(name)));

        QByteArray damaged = contentsOf(m_path);
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x20);
        QVERIFY(overwrite(m_path, damaged));
        unlock();
        QCOMPARE(m_vault->session().state(), VaultSession::Locked);
        QVERIFY2(!m_vault->session().restorableBackup().isEmpty(), "a backup opens with the password");
        m_vault->session().restoreBackup();
        unlock();
        QCOMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QVERIFY2(m_vault->session().rollbackNotice()->text().isEmpty(),
                 "a deliberate restore is no rollback");
        QVERIFY2(m_guard.seen(m_path) < newest, "the record now follows the restored file");
    }
};

QTEST_MAIN(TestRollbackNotice)
#include "tst_rollbacknotice.moc"
