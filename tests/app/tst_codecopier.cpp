// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UnlockedVault.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;
using namespace twofold::test;

// CodeCopier: the one copy path of the window, the tray and quick copy.
class TestCodeCopier : public VaultTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void copyNearExpiryTakesTheNextCode()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QCOMPARE(vault->actions().addUri(
                     QStringLiteral("otpauth://totp/N:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8")),
                 QString());
        const QString uuid = vault->session().accounts()->uuidAt(0);
        QSignalSpy toasts(&vault->toasts(), &Toasts::toast);
        clock.msecs = 1111111078'500; // 1.5 s left in the period before 1111111109's
        vault->copier().copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY2(toasts.last().at(0).toString().contains(QLatin1String("next one")), "the toast says so");
        clock.msecs = 1111111080'000; // a fresh period: the current code
        vault->copier().copyCode(uuid);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("07081804"));
        QVERIFY(!toasts.last().at(0).toString().contains(QLatin1String("next one")));
    }

    void lockingClearsWhatWasCopied()
    {
        QTemporaryDir dir;
        SteppedClock clock;
        auto vault = unlockedVault(dir, &clock);
        QVERIFY(vault);
        QCOMPARE(vault->actions().addUri(u"otpauth://totp/L:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s),
                 QString());
        const QString uuid = vault->session().accounts()->uuidAt(0);
        const auto copied = vault->copier().copy(uuid);
        QVERIFY(copied.has_value());
        QCOMPARE(copied->label, u"L (x)"_s);
        QCOMPARE(copied->service, u"L"_s);
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        vault->session().lock();
        QVERIFY2(QGuiApplication::clipboard()->text().isEmpty(), "a locked vault leaves no code behind");
        QVERIFY2(!vault->copier().copy(uuid).has_value(), "locked, there is nothing to copy");
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestCodeCopier test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_codecopier.moc"
