// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UnlockedVault.h"
#include "accounts/RecoveryCodeView.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

// AccountActions: what the user does to accounts, and the details dialog's typed AccountDetails.
class TestAccountActions : public VaultTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void recoveryCodesAreKeptLikeSecrets()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        vault->exposeToQml();
        QCOMPARE(vault->actions().addUri(QStringLiteral("otpauth://totp/Mail:me?secret=GEZDGNBVGY3TQOJQ")),
                 QString());
        const QString uuid = vault->session().accounts()->uuidAt(0);
        AccountDetails edited = vault->actions().details(uuid);
        edited.newRecoveryCodes = QStringLiteral("1111-2222\n  3333-4444 \n\n");
        QCOMPARE(vault->actions().saveDetails(uuid, edited), QString());

        // QML learns how many there are and which are used, never the codes: no property holds them.
        const AccountDetails details = vault->actions().details(uuid);
        QCOMPARE(details.recoveryCodesUsed, (QList<bool>{false, false}));
        const QMetaObject &meta = AccountDetails::staticMetaObject;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
            const QVariant value = meta.property(i).readOnGadget(&details);
            const QString text = value.toString() + value.toStringList().join(u' ');
            QVERIFY2(!text.contains(u"1111"_s) && !text.contains(u"3333"_s), meta.property(i).name());
        }
        QCOMPARE(vault->secrets().recoveryCode(QUuid::fromString(uuid), 1), bytes("3333-4444"));

        // Marked used by position; copied as a secret.
        edited = details;
        edited.recoveryCodesUsed = {true, false};
        QCOMPARE(vault->actions().saveDetails(uuid, edited), QString());
        QCOMPARE(vault->actions().details(uuid).recoveryCodesUsed, (QList<bool>{true, false}));
        QCOMPARE(vault->secrets().recoveryCode(QUuid::fromString(uuid), 0), bytes("1111-2222"));
        vault->copier().copyRecoveryCode(uuid, 1);
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
        vault->session().lock();
        QCOMPARE(inked(), 0);
    }

    void dragOrderIsKeptAndTagsFilter()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        m_settings.setSortOrder(AccountSort::ByIssuer);
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        AccountFilterModel *model = vault->session().accounts();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char *uri :
             {"otpauth://totp/Cee:c?secret=MFRGGZDFMZTWQ2LK", "otpauth://totp/Ay:a?secret=JBSWY3DPEHPK3PXP",
              "otpauth://totp/Bee:b?secret=GEZDGNBVGY3TQOJQ"})
            QCOMPARE(vault->actions().addUri(QString::fromLatin1(uri)), QString());
        const auto issuers = [model] {
            QStringList list;
            for (int row = 0; row < model->rowCount(); ++row)
                list << model->index(row, 0).data(AccountListModel::IssuerRole).toString();
            return list;
        };
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Bee"_s, u"Cee"_s}));

        // Dragging "Cee" onto the first row: the order shown becomes the stored, manual order.
        vault->actions().moveAccount(2, 0);
        QCOMPARE(m_settings.sortOrder(), AccountSort::Manual);
        QCOMPARE(issuers(), (QStringList{u"Cee"_s, u"Ay"_s, u"Bee"_s}));
        vault->actions().moveAccount(0, 1); // and down one place
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Cee"_s, u"Bee"_s}));
        vault->actions().moveAccount(0, 7); // out of range: nothing moves
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Cee"_s, u"Bee"_s}));

        // In a filtered list the account lands just before (or after) the one it was dropped on.
        AccountDetails details = vault->actions().details(model->uuidAt(0));
        details.tags = QStringList{u"Work"_s};
        QCOMPARE(vault->actions().saveDetails(model->uuidAt(0), details), QString());
        details = vault->actions().details(model->uuidAt(2));
        details.tags = QStringList{u"work"_s, u"Bank\u202E"_s};
        QCOMPARE(vault->actions().saveDetails(model->uuidAt(2), details), QString());
        QCOMPARE(model->tags(), (QStringList{u"Bank"_s, u"Work"_s})); // once each, cleaned, sorted
        model->setTag(u"work"_s);
        QCOMPARE(issuers(), (QStringList{u"Ay"_s, u"Bee"_s}));
        vault->actions().moveAccount(1, 0);
        QCOMPARE(issuers(), (QStringList{u"Bee"_s, u"Ay"_s}));
        model->setTag({});
        QCOMPARE(issuers(), (QStringList{u"Bee"_s, u"Ay"_s, u"Cee"_s}));

        // Kept in the vault file: another instance reads the same order.
        vault->session().lock();
        vault->session().waitForSaves();
        VaultStore check(vault->session().vaultPath());
        QVERIFY(check.unlock(bytes("pw")).has_value());
        QStringList stored;
        for (const Account &account : check.accounts())
            stored << account.issuer;
        QCOMPARE(stored, (QStringList{u"Bee"_s, u"Ay"_s, u"Cee"_s}));
        m_settings.setSortOrder(AccountSort::ByIssuer);
    }

    void servicesShowTheirBrandIcon()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        m_settings.setSortOrder(AccountSort::ByIssuer);
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        for (const char *uri : {"otpauth://totp/GitHub:a?secret=JBSWY3DPEHPK3PXP",
                                "otpauth://totp/Proton%20Mail:b?secret=GEZDGNBVGY3TQOJQ",
                                "otpauth://totp/Unknown%20Corp:c?secret=MFRGGZDFMZTWQ2LK",
                                "otpauth://totp/Google%20(Work):d?secret=MFRGGZDFMZTWQ2LL",
                                "otpauth://totp/X%20Bank:e?secret=MFRGGZDFMZTWQ2LM"})
            QCOMPARE(vault->actions().addUri(QString::fromLatin1(uri)), QString());
        AccountFilterModel *model = vault->session().accounts();
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

    void deleteAndUndo()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QCOMPARE(vault->actions().addUri(QStringLiteral("otpauth://totp/Keep:x?secret=GEZDGNBVGY3TQOJQ")),
                 QString());
        const QString uuid =
            vault->session().accounts()->index(0, 0).data(AccountListModel::UuidRole).toString();
        vault->actions().remove(uuid);
        QCOMPARE(vault->session().accounts()->count(), 0);
        QVERIFY(vault->actions().canUndo());
        vault->actions().undoRemove();
        QCOMPARE(vault->session().accounts()->count(), 1);
        QCOMPARE(vault->session().accounts()->index(0, 0).data(AccountListModel::UuidRole).toString(), uuid);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAccountActions test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accountactions.moc"
