// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WindowFixture.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <malloc.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

// Dialogs are made on first use and kept: opening and closing each of them again and again must neither
// add objects nor memory (nothing left behind per opening: no delegates, timers or images that pile up).
class TestDialogChurn : public QObject, public WindowFixture
{
    Q_OBJECT

    static constexpr int rounds = 20;

    // Every object of the window, the page and its popups (popups are children of the item that made them).
    int objectCount() const { return m_window->findChildren<QObject *>().size(); }

    // Proportional set size in KiB: what this process alone costs in memory. Garbage collected and the
    // allocator trimmed first, so the figure is what is still held, not what was freed but not yet returned.
    qint64 anonymousKiB()
    {
        m_engine.collectGarbage();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        malloc_trim(0);
        QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
        if (!rollup.open(QIODevice::ReadOnly))
            return -1;
        // Anonymous memory (heap, QML objects), not PSS: PSS moves when other processes map or unmap the
        // same libraries, as parallel tests do.
        static const QRegularExpression anonymous(QStringLiteral("^Anonymous:\\s+(\\d+) kB"),
                                                  QRegularExpression::MultilineOption);
        return anonymous.match(QString::fromLatin1(rollup.readAll())).captured(1).toLongLong();
    }

    // Opens the dialog as the window does, waits until it is fully shown, and closes it again.
    void openAndClose(QObject *dialog, const QByteArray &name)
    {
        QVERIFY(dialog);
        const QString uuid = m_vault->session().accounts()->uuidAt(0);
        if (name == "detailsDialog")
            QVERIFY(QMetaObject::invokeMethod(dialog, "show", Q_ARG(QString, uuid)));
        else if (name == "qrCodeDialog")
            QVERIFY(QMetaObject::invokeMethod(dialog, "showAccount", Q_ARG(QString, uuid),
                                              Q_ARG(QString, QStringLiteral("Shown"))));
        else if (name == "backupDialog")
            QVERIFY(QMetaObject::invokeMethod(dialog, "openOn", Q_ARG(int, 0)));
        else
            QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startWithWindow();
        if (QTest::currentTestFailed())
            return;
        m_vault->session().createVault(QStringLiteral("Correct horse 42"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        for (const char *uri : {"otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP",
                                "otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQ&counter=3",
                                "otpauth://totp/Mail:me?secret=K5XWY3DFMRSW4ZLS&digits=8"})
            QCOMPARE(m_vault->actions().addUri(QString::fromLatin1(uri)), QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 3);
        QTRY_VERIFY(item("accountsPage"));
    }

    void startsWithNoDialog()
    {
        for (const char *name : {"settingsDialog", "addDialog", "detailsDialog", "qrCodeDialog",
                                 "backupDialog", "importDialog", "deleteDialog", "cameraDialog"})
            QVERIFY2(
                !m_window->findChild<QObject *>(QString::fromLatin1(name)),
                qPrintable(QStringLiteral("%1 is made only when first opened").arg(QLatin1String(name))));
    }

    // A Menu with its six items in every row would cost more than the row: a row makes its menu when it is
    // first asked for (right click, or the menu key), and that menu offers the row's actions.
    void rowsMakeTheirMenuWhenFirstAsked()
    {
        const auto menusIn = [](const QObject *object) {
            int menus = 0;
            for (const QObject *child : object->findChildren<QObject *>())
                menus += child->inherits("QQuickMenu") ? 1 : 0;
            return menus;
        };
        QQuickItem *list = item("accountList");
        QVERIFY(list);
        auto *content = list->property("contentItem").value<QQuickItem *>();
        QVERIFY(content);
        const auto rowsShown = [content] {
            QList<QQuickItem *> rows;
            for (QQuickItem *child : content->childItems())
                if (child->property("uuid").isValid() && child->isVisible())
                    rows << child;
            return rows;
        };
        QTRY_COMPARE(rowsShown().size(), 3); // the list lays its rows out when it is next polished
        const QList<QQuickItem *> rows = rowsShown();
        for (const QQuickItem *row : rows)
            QCOMPARE(menusIn(row), 0);

        QQuickItem *row = rows.constFirst();
        const QPoint centre = row->mapToScene(QPointF(row->width() / 2, row->height() / 2)).toPoint();
        QTest::mouseClick(m_window, Qt::RightButton, {}, centre);
        QTRY_COMPARE(menusIn(row), 1);
        QObject *menu = nullptr;
        for (QObject *child : row->findChildren<QObject *>())
            if (child->inherits("QQuickMenu"))
                menu = child;
        QTRY_VERIFY(menu->property("opened").toBool());
        QCOMPARE(menu->property("count").toInt(), 6);
        QVERIFY(QMetaObject::invokeMethod(menu, "close"));
        QTRY_VERIFY(!menu->property("visible").toBool());
        QTest::mouseClick(m_window, Qt::RightButton, {}, centre);
        QTRY_VERIFY(menu->property("opened").toBool());
        QCOMPARE(menusIn(row), 1); // made once, then kept with its row
        QVERIFY(QMetaObject::invokeMethod(menu, "close"));
        QTRY_VERIFY(!menu->property("visible").toBool());
        for (const QQuickItem *other : rows.mid(1))
            QCOMPARE(menusIn(other), 0);
    }

    void openingAndClosingLeavesNothingBehind_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("owner"); // what makes the dialog; empty: the window
        QTest::newRow("settings") << QByteArray("settingsDialog") << QByteArray();
        QTest::newRow("add") << QByteArray("addDialog") << QByteArray("accountsDialogs");
        QTest::newRow("details") << QByteArray("detailsDialog") << QByteArray("accountsDialogs");
        QTest::newRow("account qr") << QByteArray("qrCodeDialog") << QByteArray("accountsDialogs");
        QTest::newRow("backup") << QByteArray("backupDialog") << QByteArray("accountsDialogs");
        QTest::newRow("import") << QByteArray("importDialog") << QByteArray("accountsDialogs");
        QTest::newRow("delete") << QByteArray("deleteDialog") << QByteArray("accountsDialogs");
        QTest::newRow("camera") << QByteArray("cameraDialog") << QByteArray("addDialog");
    }

    void openingAndClosingLeavesNothingBehind()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, owner);
        QObject *popup = ensureDialog(name.constData(), owner.isEmpty() ? nullptr : owner.constData());
        QVERIFY2(popup, "the dialog is made on first use");
        // The camera page opens over the add dialog, as its button there does.
        QObject *over = owner == "addDialog" ? ensureDialog("addDialog") : nullptr;
        if (over)
            QVERIFY(QMetaObject::invokeMethod(over, "open"));
        const auto closeOver = qScopeGuard([over] {
            if (over)
                QMetaObject::invokeMethod(over, "close");
        });
        // Two warm-up rounds: the first opening builds the dialog's contents, fonts and glyph caches.
        for (int round = 0; round < 2; ++round)
            openAndClose(popup, name);
        const int objects = objectCount();
        const qint64 memory = anonymousKiB();
        for (int round = 0; round < rounds; ++round) {
            openAndClose(popup, name);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(objectCount(), objects);
        QVERIFY2(ensureDialog(name.constData(), owner.isEmpty() ? nullptr : owner.constData()) == popup,
                 "the dialog is kept, not made again");
        const qint64 grown = anonymousKiB() - memory;
        QVERIFY2(grown < 2048, qPrintable(QStringLiteral("%1 openings of %2 grew memory by %3 KiB")
                                              .arg(rounds)
                                              .arg(QLatin1String(name))
                                              .arg(grown)));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestDialogChurn test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dialogchurn.moc"
