// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WindowFixture.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "tray/QuickCopyPopup.h"
#include "tray/TrayMenu.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
// Markup in every field a stranger's QR code or export file can set.
const QString issuer = QStringLiteral("<b>x</b><img src=\"file:///usr/share/pixmaps/debian-logo.png\">");
const QString name = QStringLiteral("<i>me</i>");
const QString tag = QStringLiteral("<u>tag</u>");
const QString markup = QStringLiteral("</");
constexpr int plainText = 0; // Text.PlainText

// Whether a text item or text area shows `text` as rich text.
bool rendersRich(const QQuickItem *item)
{
    return item->property("textFormat").toInt() != plainText;
}
} // namespace

// An account named with HTML shows those characters literally wherever the real window shows it: the list,
// its details, its QR code, the delete question, the tray menu, quick copy and an import's review.
class TestUntrustedText : public QObject, public WindowFixture
{
    Q_OBJECT

    void saveScreenshot(QQuickWindow *window, const QString &shot)
    {
        QVERIFY(window->grabWindow().save(
            twofold::test::screenshotPath(QStringLiteral("untrusted-%1.png").arg(shot))));
    }

    // Every visible text item in `window` that holds markup from the account must render it as plain
    // text; at least one must show it (or the check checked nothing).
    void expectPlain(QQuickWindow *window, const QString &where)
    {
        QStringList rich;
        int shown = 0;
        QList<QQuickItem *> items{window->contentItem()};
        for (qsizetype i = 0; i < items.size(); ++i) // the visual tree: delegates and popups included
            items << items.at(i)->childItems();
        for (QQuickItem *item : std::as_const(items)) {
            const QMetaObject *type = item->metaObject();
            if (!item->property("textFormat").isValid()) // TextInput and TextField are always plain
                continue;
            if (!item->isVisible() || !item->property("text").toString().contains(markup))
                continue;
            ++shown;
            if (rendersRich(item))
                rich << QString::fromLatin1(type->className()) + QStringLiteral(": ") +
                            item->property("text").toString();
        }
        QVERIFY2(shown > 0, qPrintable(where + QStringLiteral(": the account's text is not shown at all")));
        QVERIFY2(rich.isEmpty(),
                 qPrintable(where + QStringLiteral(" renders markup: ") + rich.join(QStringLiteral(" | "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        startVault();
        if (QTest::currentTestFailed())
            return;
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        loadWindow();
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(
            m_vault->actions().addManual(issuer, name, QStringLiteral("JBSWY3DPEHPK3PXP"), 0, 0, 6, 30, 0),
            QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        const QString uuid = m_vault->session().accounts()->uuidAt(0);
        AccountDetails details = m_vault->actions().details(uuid);
        details.tags = QStringList{tag};
        details.note = QStringLiteral("<s>note</s>");
        details.newRecoveryCodes = QStringLiteral("<b>1111</b>-2222\n3333-4444");
        QCOMPARE(m_vault->actions().saveDetails(uuid, details), QString());
        QTest::qWait(300);
    }

    void list()
    {
        expectPlain(m_window, QStringLiteral("the list"));
        saveScreenshot(m_window, QStringLiteral("1-list"));
    }

    void details()
    {
        item("accountList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Home);
        QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(item("detailsIssuer") && item("detailsIssuer")->isVisible());
        QCOMPARE(item("detailsIssuer")->property("text").toString(), issuer);
        // Recovery codes are painted from the vault (RecoveryCodeView), never QML text: see the screenshot.
        QTest::qWait(200);
        expectPlain(m_window, QStringLiteral("the details"));
        saveScreenshot(m_window, QStringLiteral("2-details"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item("detailsIssuer")->isVisible());
    }

    void qrDialog()
    {
        QObject *qr = ensureDialog("qrCodeDialog");
        QVERIFY(qr);
        // As the details dialog opens it: titled with the issuer.
        QVERIFY(QMetaObject::invokeMethod(qr, "showAccount",
                                          Q_ARG(QString, m_vault->session().accounts()->uuidAt(0)),
                                          Q_ARG(QString, issuer)));
        QTRY_VERIFY(item("revealQr") && item("revealQr")->isVisible());
        QTest::qWait(200);
        expectPlain(m_window, QStringLiteral("the QR code's title"));
        saveScreenshot(m_window, QStringLiteral("3-qr"));
        QVERIFY(QMetaObject::invokeMethod(qr, "close"));
        QTRY_VERIFY(!item("revealQr")->isVisible());
    }

    void deleteQuestion()
    {
        // The accounts page's dialogs ask, as the details dialog's Delete button and the Del key make them.
        QQuickItem *dialogs = item("accountsDialogs");
        QVERIFY(dialogs);
        QVERIFY(QMetaObject::invokeMethod(dialogs, "confirmDelete",
                                          Q_ARG(QString, m_vault->session().accounts()->uuidAt(0))));
        QTest::qWait(300);
        expectPlain(m_window, QStringLiteral("the delete question"));
        saveScreenshot(m_window, QStringLiteral("4-delete"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::qWait(300);
        QCOMPARE(m_vault->session().accounts()->count(), 1);
    }

    void trayMenu()
    {
        QMenu menu;
        TrayMenu::addAccounts(menu, TrayMenu::entries(m_vault->session().allAccounts()),
                              [](const QString &) {});
        QStringList texts;
        for (QAction *action : menu.actions())
            texts << action->text();
        const QString label = TrayMenu::label(issuer, name);
        QVERIFY2(label.startsWith(QStringLiteral("<b>x</b><img")) && label.endsWith(name), qPrintable(label));
        QVERIFY2(texts.contains(label), qPrintable(texts.join(u'|')));
        // QMenu draws an action's text as it is: no markup is interpreted.
        menu.popup(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        QVERIFY(menu.grab().save(twofold::test::screenshotPath(QStringLiteral("untrusted-5-tray.png"))));
        menu.close();
    }

    void quickCopy()
    {
        QuickCopyPopup popup(m_engine, m_vault->session().allAccounts(), m_settings);
        popup.show();
        QTRY_VERIFY(popup.window() && popup.window()->isExposed());
        QTest::qWait(200);
        expectPlain(popup.window(), QStringLiteral("quick copy"));
        saveScreenshot(popup.window(), QStringLiteral("6-quick-copy"));
        popup.close();
    }

    void importReview()
    {
        const QString file = m_home.filePath(QStringLiteral("export.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("otpauth://totp/%3Cb%3Ex%3C%2Fb%3E%3Cimg%20src%3Dx%3E:%3Ci%3Eyou%3C%2Fi%3E"
                  "?secret=K5XWY3DFMRSW4ZLS\n");
        out.close();
        QObject *import = ensureDialog("importDialog");
        QVERIFY(import);
        QVERIFY(QMetaObject::invokeMethod(import, "openFile", Q_ARG(QUrl, QUrl::fromLocalFile(file))));
        QTRY_COMPARE(item("importSummary")->property("text").toString(),
                     QStringLiteral("New: 1 · Duplicates: 0 · Rejected: 0"));
        QTest::qWait(200);
        expectPlain(m_window, QStringLiteral("the import review"));
        saveScreenshot(m_window, QStringLiteral("7-import"));
        QVERIFY(QMetaObject::invokeMethod(import, "close"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the tray menu is a widget
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestUntrustedText test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_untrustedtext.moc"
