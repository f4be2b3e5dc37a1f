// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "CliVault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using twofold::test::CliResult;
using twofold::test::CliVault;
using twofold::test::runTwofold;

// `twofold list` after a sync tool left conflict copies beside the vault: both sides' accounts, one stderr
// line about the merge, the copy moved into backups/, and a copy that does not open left and named.
class TestCliConflicts : public QObject
{
    Q_OBJECT

    CliVault m_here;
    CliVault m_there{"correct horse\n"}; // the other device: the same vault, the same password
    CliVault m_stranger{"another password\n"};

    static QString add(const CliVault &vault, const char *uri)
    {
        const CliResult result = runTwofold(vault.withVault({QStringLiteral("add"), QString::fromUtf8(uri)}));
        return result.exitCode == 0 ? result.out.trimmed() : result.err;
    }

private Q_SLOTS:
    void listMergesConflictCopies()
    {
        QVERIFY(m_here.isValid() && m_there.isValid() && m_stranger.isValid());
        QCOMPARE(runTwofold(m_here.withVault({QStringLiteral("init")})).exitCode, 0);
        QVERIFY(!add(m_here, "otpauth://hotp/Shared:s?secret=JBSWY3DPEHPK3PXP&counter=0").isEmpty());
        QVERIFY(QFile::copy(m_here.path(), m_there.path()));
        const QString hereOnly = add(m_here, "otpauth://totp/OnlyHere:a?secret=ONSWG4TFORRW6ZDF");
        const QString thereOnly = add(m_there, "otpauth://totp/OnlyThere:b?secret=NBSWY3DPO5XXE3DE");
        QCOMPARE(runTwofold(m_stranger.withVault({QStringLiteral("init")})).exitCode, 0);

        const QString folder = QFileInfo(m_here.path()).absolutePath();
        const QString copy = folder + QStringLiteral("/vault.sync-conflict-20261204-231500-ABCDEF7.twofold");
        const QString foreign = folder + QStringLiteral("/vault (conflicted copy 2026-12-04 231501).twofold");
        QVERIFY(QFile::copy(m_there.path(), copy));
        QVERIFY(QFile::copy(m_stranger.path(), foreign));

        const CliResult list = runTwofold(m_here.withVault({QStringLiteral("list")}));
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(hereOnly) && list.out.contains(thereOnly), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("\tShared\t")));
        const QStringList lines = list.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QStringLiteral("twofold: conflict copy %1 does not open with this vault's password; "
                                "not merged, left in place (Wrong password.)")
                     .arg(foreign));
        QCOMPARE(lines.at(1),
                 QStringLiteral("twofold: conflict copy merged into the vault: 1 "
                                "(vault.sync-conflict-20261204-231500-ABCDEF7.twofold); moved to %1")
                     .arg(folder + QStringLiteral("/backups")));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(folder + QStringLiteral("/backups/") + QFileInfo(copy).fileName()));
        QVERIFY(QFile::exists(foreign));

        // Saved: the next run lists the same accounts and merges nothing (only the foreign copy is named).
        const CliResult again = runTwofold(m_here.withVault({QStringLiteral("list")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, list.out);
        QCOMPARE(again.err, lines.at(0) + QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliConflicts)
#include "tst_cli_conflicts.moc"
