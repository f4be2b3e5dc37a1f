// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "accounts/RecoveryCodeView.h"
#include "crypto/CryptoRuntime.h"
#include "settings/Settings.h"
#include "vault/VaultController.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

namespace {
class SteppedClock : public Clock
{
public:
    qint64 msecs = 1111111079'000;
    qint64 currentMSecs() const override { return msecs; }
};
} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_config;
    QSettings m_store{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

    std::unique_ptr<VaultController> createdVault(const QString &path, const Clock *clock)
    {
        auto vault = std::make_unique<VaultController>(path, m_settings);
        vault->setKdfForNewVaults(fastKdf());
        vault->setClock(clock);
        vault->createVault(QStringLiteral("pw"));
        return vault;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void burstOfChangesIsOneSave()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        vault->waitForSaves();
        QTRY_VERIFY(QFile::exists(vault->vaultPath()));
        QTest::qWait(50);
        const QStringList before = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/S%1:x?secret=JBSWY3DPEHPK3PX%2")
                                       .arg(i)
                                       .arg(QChar(u'A' + i))),
                     QString());
        QTest::qWait(600);
        vault->waitForSaves();
        QTest::qWait(50);
        const QStringList after = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        QVERIFY2(
            after.size() - before.size() <= 2,
            qPrintable(QStringLiteral("20 quick changes made %1 saves").arg(after.size() - before.size())));

        VaultStore check(vault->vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 20);
    }

    void lockingSavesPendingChangesAndEmptiesTheModel()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QAbstractItemModelTester tester(vault->accounts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/Late:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        vault->lock(); // before the coalescing timer fired
        QCOMPARE(vault->state(), VaultController::Locked);
        QCOMPARE(vault->accounts()->count(), 0);
        vault->waitForSaves();
        QTest::qWait(50);
        VaultStore check(vault->vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QCOMPARE(check.accounts().size(), 1);
    }

    void recoveryCodesAreKeptLikeSecrets()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        VaultController::setInstance(vault.get());
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/Mail:me?secret=GEZDGNBVGY3TQOJQ")), QString());
        const QString uuid = vault->accounts()->uuidAt(0);
        QVariantMap edited = vault->details(uuid);
        edited[QStringLiteral("newRecoveryCodes")] = QStringLiteral("1111-2222\n  3333-4444 \n\n");
        QCOMPARE(vault->saveDetails(uuid, edited), QString());

        // QML learns how many there are and which are used, never the codes.
        const QVariantMap details = vault->details(uuid);
        const QVariantList codes = details.value(QStringLiteral("recoveryCodes")).toList();
        QCOMPARE(codes.size(), 2);
        const QByteArray json = QJsonDocument::fromVariant(details).toJson();
        QVERIFY2(!json.contains("1111") && !json.contains("3333"), json.constData());
        QCOMPARE(vault->recoveryCode(QUuid::fromString(uuid), 1), bytes("3333-4444"));

        // Marked used by position; copied as a secret.
        edited = details;
        edited[QStringLiteral("recoveryCodes")] = QVariantList{QVariantMap{{QStringLiteral("used"), true}},
                                                               QVariantMap{{QStringLiteral("used"), false}}};
        QCOMPARE(vault->saveDetails(uuid, edited), QString());
        QCOMPARE(vault->details(uuid)
                     .value(QStringLiteral("recoveryCodes"))
                     .toList()
                     .at(0)
                     .toMap()
                     .value(QStringLiteral("used")),
                 QVariant(true));
        QCOMPARE(vault->recoveryCode(QUuid::fromString(uuid), 0), bytes("1111-2222"));
        vault->copyRecoveryCode(uuid, 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("3333-4444"));

        // The view paints the code; locked, there is nothing to paint.
        RecoveryCodeView view;
        view.setAccountUuid(uuid);
        view.setIndex(1);
        QVERIFY2(view.implicitWidth() > 20, "sized to the code");
        view.setSize(QSizeF(view.implicitWidth(), view.implicitHeight()));
        const auto inked = [&view] {
            QImage image(view.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            view.paint(&painter);
            painter.end();
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128;
            return dark;
        };
        QVERIFY(inked() > 10);
        vault->lock();
        QCOMPARE(inked(), 0);
        VaultController::setInstance(nullptr);
    }

    void lockingForgetsAnOfferedLink()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        const QString link = QStringLiteral("otpauth://totp/Offered:x?secret=GEZDGNBVGY3TQOJQ");
        vault->offerLink(link); // nobody took it yet (the window was elsewhere)
        vault->lock();
        QCOMPARE(vault->state(), VaultController::Locked);
        QVERIFY2(vault->takeOfferedLink().isEmpty(), "locking forgets a link that holds a secret");

        // A link that arrives while locked waits for the unlock: it was never shown, nothing to forget.
        vault->offerLink(link);
        vault->lock();
        vault->unlock(QStringLiteral("pw"));
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->takeOfferedLink(), link);
    }

    void codesRollExactlyAtThePeriodBoundary()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        AccountFilterModel *model = vault->accounts();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const auto code = [&] { return model->index(0, 0).data(AccountListModel::CodeRole).toString(); };
        clock.msecs = 1111111079'999; // the last millisecond of the period before 1111111109's
        vault->setClock(&clock);
        const QString before = code();
        QVERIFY(before != QStringLiteral("0708 1804"));
        changed.clear();
        clock.msecs = 1111111080'000;
        vault->setClock(&clock);
        QCOMPARE(code(), QStringLiteral("0708 1804"));
        QCOMPARE(changed.count(), 1);
        clock.msecs = 1111111109'999;
        vault->setClock(&clock);
        QCOMPARE(changed.count(), 1); // same period: nothing changed, nothing signalled
    }

    void copyNearExpiryTakesTheNextCode()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/N:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        const QString uuid = vault->accounts()->uuidAt(0);
        QSignalSpy toasts(vault.get(), &VaultController::toast);
        clock.msecs = 1111111078'500; // 1.5 s left in the period before 1111111109's
        vault->copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY2(toasts.last().at(0).toString().contains(QLatin1String("next one")), "the toast says so");
        clock.msecs = 1111111080'000; // a fresh period: the current code
        vault->copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY(!toasts.last().at(0).toString().contains(QLatin1String("next one")));
    }

    void dragOrderIsKeptAndTagsFilter()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        m_settings.setSortOrder(AccountSort::ByIssuer);
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        AccountFilterModel *model = vault->accounts();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char *uri :
             {"otpauth://totp/Cee:c?secret=MFRGGZDFMZTWQ2LK", "otpauth://totp/Ay:a?secret=JBSWY3DPEHPK3PXP",
              "otpauth://totp/Bee:b?secret=GEZDGNBVGY3TQOJQ"})
            QCOMPARE(vault->addUri(QString::fromLatin1(uri)), QString());
        const auto issuers = [model] {
            QStringList list;
            for (int row = 0; row < model->rowCount(); ++row)
                list << model->index(row, 0).data(AccountListModel::IssuerRole).toString();
            return list;
        };
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Bee"_s, u"Cee"_s}));

        // Dragging "Cee" onto the first row: the order shown becomes the stored, manual order.
        vault->moveAccount(2, 0);
        QCOMPARE(m_settings.sortOrder(), AccountSort::Manual);
        QCOMPARE(issuers(), (QStringList{u"Cee"_s, u"Ay"_s, u"Bee"_s}));
        vault->moveAccount(0, 1); // and down one place
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Cee"_s, u"Bee"_s}));
        vault->moveAccount(0, 7); // out of range: nothing moves
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Cee"_s, u"Bee"_s}));

        // In a filtered list the account lands just before (or after) the one it was dropped on.
        QVariantMap details = vault->details(model->uuidAt(0));
        details[u"tags"_s] = QStringList{u"Work"_s};
        QCOMPARE(vault->saveDetails(model->uuidAt(0), details), QString());
        details = vault->details(model->uuidAt(2));
        details[u"tags"_s] = QStringList{u"work"_s, u"Bank\u202E"_s};
        QCOMPARE(vault->saveDetails(model->uuidAt(2), details), QString());
        QCOMPARE(model->tags(), (QStringList{u"Bank"_s, u"Work"_s})); // once each, cleaned, sorted
        model->setTag(u"work"_s);
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Bee"_s}));
        vault->moveAccount(1, 0);
        QCOMPARE(issuers(), (QStringList{u"Bee"_s, u"Ay"_s}));
        model->setTag({});
        QCOMPARE(issuers(), (QStringList{u"Bee"_s, u"Ay"_s, u"Cee"_s}));

        // Kept in the vault file: another instance reads the same order.
        vault->lock();
        vault->waitForSaves();
        VaultStore check(vault->vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QStringList stored;
        for (const Account &account : check.accounts())
            stored << account.issuer;
        QCOMPARE(stored, (QStringList{u"Bee"_s, u"Ay"_s, u"Cee"_s}));
        m_settings.setSortOrder(AccountSort::ByIssuer);
    }

    void codeClockStopsWhileNoCodesAreOnScreen()
    {
        // Issue 4: a hidden window does no periodic work; shown again, its codes are current at once.
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(
                     QStringLiteral("otpauth://totp/R:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        QVERIFY2(vault->codeClockRunning(), "unlocked and on screen, the clock ticks");
        AccountFilterModel *model = vault->accounts();
        const auto code = [&] { return model->index(0, 0).data(AccountListModel::CodeRole).toString(); };
        QVERIFY(code() != QStringLiteral("0708 1804"));

        vault->setCodesOnScreen(false);
        QVERIFY2(!vault->codeClockRunning(), "no codes on screen: no timer waits to fire");
        QSignalSpy now(vault.get(), &VaultController::nowChanged);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        clock.msecs = 1111111080'000;
        QTest::qWait(1200); // more than a tick
        QCOMPARE(now.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!vault->codeClockRunning());

        vault->setCodesOnScreen(true);
        QCOMPARE(now.count(), 1);
        QCOMPARE(vault->now(), 1111111080);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(code(), QStringLiteral("0708 1804"));
        QVERIFY(vault->codeClockRunning());

        vault->setCodesOnScreen(false);
        vault->lock();
        QCOMPARE(vault->state(), VaultController::Locked);
        vault->unlock(QStringLiteral("pw"));
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QVERIFY2(!vault->codeClockRunning(), "unlocking while nothing shows codes starts no clock");
    }

    void servicesShowTheirBrandIcon()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        m_settings.setSortOrder(AccountSort::ByIssuer);
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        for (const char *uri : {"otpauth://totp/GitHub:a?secret=JBSWY3DPEHPK3PXP",
                                "otpauth://totp/Proton%20Mail:b?secret=GEZDGNBVGY3TQOJQ",
                                "otpauth://totp/Unknown%20Corp:c?secret=MFRGGZDFMZTWQ2LK",
                                "otpauth://totp/Google%20(Work):d?secret=MFRGGZDFMZTWQ2LL",
                                "otpauth://totp/X%20Bank:e?secret=MFRGGZDFMZTWQ2LM"})
            QCOMPARE(vault->addUri(QString::fromLatin1(uri)), QString());
        AccountFilterModel *model = vault->accounts();
        const auto brand = [model](int row) {
            return model->index(row, 0).data(AccountListModel::BrandIconRole).toString();
        };
        QCOMPARE(brand(0), u"qrc:/resources/brands/github.svg"_s);
        QCOMPARE(brand(1), u"qrc:/resources/brands/google.svg"_s);     // "Google (Work)": by its first word
        QCOMPARE(brand(2), u"qrc:/resources/brands/protonmail.svg"_s); // "Proton Mail": by its letters
        QCOMPARE(brand(3), QString());                                 // a monogram
        QCOMPARE(brand(4), QString()); // "X Bank": a first word that short matches nothing by accident
        QVERIFY(QFile::exists(u":/resources/brands/github.svg"_s));
        QCOMPARE(model->index(2, 0).data(AccountListModel::ColorRole).value<QColor>(), QColor(u"#6D4AFF"_s));
    }

    void keyringUnlocksWithoutThePassword()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault =
            std::make_unique<VaultController>(dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        vault->setKdfForNewVaults(fastKdf());
        vault->setClock(&clock);
        vault->createVault(QStringLiteral("pw"), true);
        QTRY_VERIFY(vault->keyringUnlock());
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/K:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        vault->lock();
        QCOMPARE(vault->state(), VaultController::Locked);
        QTRY_VERIFY(vault->keyringUnlock()); // once the save with the keyring slot is on disk
        vault->unlockWithKeyring();
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->accounts()->count(), 1);
    }

    void deleteAndUndo()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), &clock);
        QTRY_COMPARE(vault->state(), VaultController::Unlocked);
        QCOMPARE(vault->addUri(QStringLiteral("otpauth://totp/Keep:x?secret=GEZDGNBVGY3TQOJQ")), QString());
        const QString uuid = vault->accounts()->index(0, 0).data(AccountListModel::UuidRole).toString();
        vault->remove(uuid);
        QCOMPARE(vault->accounts()->count(), 0);
        QVERIFY(vault->canUndo());
        vault->undoRemove();
        QCOMPARE(vault->accounts()->count(), 1);
        QCOMPARE(vault->accounts()->index(0, 0).data(AccountListModel::UuidRole).toString(), uuid);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestVaultController test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_vaultcontroller.moc"
