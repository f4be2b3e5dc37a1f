// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayMenu.h"

#include <QApplication>
#include <QMenu>
#include <QTest>

using namespace twofold;

// The account part of the tray menu: order of sections, grouping, and plain, escaped labels.
class TestTrayMenu : public QObject
{
    Q_OBJECT

    QStringList copied;

    static TrayMenu::Entry entry(const QString &issuer, const QString &name, bool favourite = false,
                                 QDateTime lastUsed = {})
    {
        return {issuer + QLatin1Char('/') + name, issuer, name, favourite, lastUsed};
    }

    // The menu as lines: "== section", "> submenu: items…", or an item's text.
    static QStringList lines(const QMenu &menu)
    {
        QStringList out;
        for (QAction *action : menu.actions()) {
            if (action->menu()) {
                QStringList items;
                for (QAction *inner : action->menu()->actions())
                    items << inner->text();
                out << QStringLiteral("> ") + action->text() + QStringLiteral(": ") +
                           items.join(QStringLiteral(", "));
            } else if (action->isSeparator()) {
                out << QStringLiteral("== ") + action->text();
            } else {
                out << action->text();
            }
        }
        return out;
    }

    void fill(QMenu &menu, const QList<TrayMenu::Entry> &entries)
    {
        TrayMenu::addAccounts(menu, entries, [this](const QString &uuid) { copied << uuid; });
    }

private Q_SLOTS:
    void favouritesThenRecentThenAll()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMenu menu;
        fill(menu, {entry(QStringLiteral("Mail"), QStringLiteral("me")),
                    entry(QStringLiteral("GitHub"), QStringLiteral("octocat"), true),
                    entry(QStringLiteral("Bank"), QStringLiteral("me"), false, now.addSecs(-60)),
                    entry(QStringLiteral("Cloud"), {}, false, now.addSecs(-10))});
        QCOMPARE(lines(menu), (QStringList{
                                  QStringLiteral("== Favourites"),
                                  QStringLiteral("GitHub — octocat"),
                                  QStringLiteral("== Recently used"),
                                  QStringLiteral("Cloud"), // most recent first
                                  QStringLiteral("Bank — me"),
                                  QStringLiteral("== All accounts"),
                                  QStringLiteral("Bank — me"),
                                  QStringLiteral("Cloud"),
                                  QStringLiteral("GitHub — octocat"),
                                  QStringLiteral("Mail — me"),
                              }));
    }

    void recentIsShort()
    {
        QList<TrayMenu::Entry> entries;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 9; ++i) // S0…S8, used in that order
            entries << entry(QStringLiteral("S%1").arg(i), {}, false, now.addSecs(i));
        QMenu menu;
        fill(menu, entries);
        const QStringList text = lines(menu);
        const qsizetype recent = text.indexOf(QStringLiteral("== Recently used"));
        const qsizetype all = text.indexOf(QStringLiteral("== All accounts"));
        QCOMPARE(all - recent - 1, TrayMenu::maxRecent);
        QCOMPARE(text.at(recent + 1), QStringLiteral("S8"));
    }

    void activationCopiesThatAccount()
    {
        QMenu menu;
        fill(menu, {entry(QStringLiteral("A"), {}), entry(QStringLiteral("B"), {})});
        copied.clear();
        menu.actions().constLast()->trigger();
        QCOMPARE(copied, QStringList{QStringLiteral("B/")});
    }

    void labelsArePlainAndEscaped_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("ampersand") << "A&B" << "" << "A&&B";
        QTest::newRow("markup") << "<b>x</b>" << "" << "<b>x</b>";
        QTest::newRow("bidi override") << "Pay" << QStringLiteral("Pay\u202Elapyap") << "Pay — Paylapyap";
        QTest::newRow("tab would split off a shortcut") << "A\tB" << "" << "AB";
        QTest::newRow("only a name") << "" << "me@example.com" << "me@example.com";
        QTest::newRow("nothing") << "" << QStringLiteral("\u200B") << "(unnamed account)";
        QTest::newRow("long") << QString(5000, QLatin1Char('x')) << ""
                              << QString(27, QLatin1Char('x')) + QChar(0x2026);
    }

    void labelsArePlainAndEscaped()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, name);
        QFETCH(QString, label);
        QCOMPARE(TrayMenu::label(issuer, name), label);
    }

    void manyAccountsAreGroupedByLetter()
    {
        QList<TrayMenu::Entry> entries;
        for (const char *issuer : {"amazon", "Apple", "Bank", "bitbucket", "1Password", "(paren)", "Zoho",
                                   "Ávila", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "D4"})
            entries << entry(QString::fromUtf8(issuer), {});
        QMenu menu;
        fill(menu, entries);
        const QStringList text = lines(menu);
        QCOMPARE(text.constFirst(), QStringLiteral("== All accounts"));
        QVERIFY2(text.contains(QStringLiteral("> A: amazon, Apple, Ávila")), qPrintable(text.join(u'\n')));
        QVERIFY(text.contains(QStringLiteral("> B: Bank, bitbucket")));
        QVERIFY(text.contains(QStringLiteral("> 1: 1Password")));
        QVERIFY(text.contains(QStringLiteral("> P: (paren)")));
        // One submenu per letter, each once.
        QStringList titles;
        for (const QString &line : text)
            if (line.startsWith(QLatin1String("> ")))
                titles << line.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(titles.size(), QSet<QString>(titles.cbegin(), titles.cend()).size());
        QCOMPARE(titles.size(), 7);
    }

    void emptyVault()
    {
        QMenu menu;
        fill(menu, {});
        QCOMPARE(lines(menu),
                 (QStringList{QStringLiteral("== All accounts"), QStringLiteral("No accounts yet")}));
        QVERIFY(!menu.actions().constLast()->isEnabled());
    }
};

QTEST_MAIN(TestTrayMenu)
#include "tst_traymenu.moc"
