// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountFilterModel.h"
#include "accounts/AccountText.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace twofold;
using namespace Qt::StringLiterals;

// The account texts the window once worked out in QML: the one label, tags typed as text, and what a search
// can hold.
class TestAccountText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("both") << u"GitHub"_s << u"octocat"_s << u"GitHub (octocat)"_s;
        QTest::newRow("issuer only") << u"GitHub"_s << QString() << u"GitHub"_s;
        QTest::newRow("name only") << QString() << u"octocat"_s << u"octocat"_s;
        QTest::newRow("neither") << QString() << QString() << QString();
        // A right-to-left override would let "Pay\u202Elapyap" pose as another account.
        QTest::newRow("cleaned") << u"Pay\u202Elapyap"_s << QString() << u"Paylapyap"_s;
        QTest::newRow("shortened") << QString(200, u'x') << QString() << QString(47, u'x') + QChar(0x2026);
    }

    void label()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, name);
        QFETCH(QString, label);
        QCOMPARE(AccountText::label(issuer, name), label);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one") << u"work"_s << QStringList{u"work"_s};
        QTest::newRow("trimmed") << u" work ,  finance"_s << QStringList{u"work"_s, u"finance"_s};
        QTest::newRow("empty parts dropped") << u",work,, ,"_s << QStringList{u"work"_s};
        QTest::newRow("repeats dropped") << u"work, work"_s << QStringList{u"work"_s};
        QTest::newRow("inner spaces kept") << u"my bank"_s << QStringList{u"my bank"_s};
    }

    void tags()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QCOMPARE(AccountText::tags(text), tags);
    }

    void tagTextReadsBack()
    {
        const QStringList tags{u"work"_s, u"finance"_s};
        QCOMPARE(AccountText::tagText(tags), u"work, finance"_s);
        QCOMPARE(AccountText::tags(AccountText::tagText(tags)), tags);
    }

    void ampersandMakesNoMnemonic()
    {
        QCOMPARE(AccountText::withoutMnemonic(u"R&D"_s), u"R&&D"_s);
        QCOMPARE(AccountText::withoutMnemonic(u"plain"_s), u"plain"_s);
    }

    void searchDropsControlCharacters()
    {
        AccountFilterModel filter;
        QAbstractItemModelTester tester(&filter);
        // Ctrl+I arrives in a text field as a tab character.
        filter.setQuery(u"git\thub\u0001"_s);
        QCOMPARE(filter.query(), u"github"_s);
        filter.setQuery(u"mail me"_s);
        QCOMPARE(filter.query(), u"mail me"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccountText)
#include "tst_accounttext.moc"
