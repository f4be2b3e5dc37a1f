// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "qr/QrEncoder.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command line starts lean: `twofold` runs commands from code linked with core on Qt Core only, so the
// dynamic loader maps none of the window's libraries (Qt Quick, Widgets, Multimedia and what they pull in),
// nor Qt Gui and ZXing, which only the image commands (scan, export) need, in `twofold-images`.
class TestCliLean : public QObject
{
    Q_OBJECT

    // The libraries the dynamic loader maps while `twofold` runs `arguments` (LD_DEBUG=libs on stderr).
    static QStringList loadedLibraries(const QStringList &arguments)
    {
        QProcessEnvironment debug;
        debug.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        const auto result = twofold::test::runTwofold(arguments, {}, debug);
        static const QRegularExpression loaded(QStringLiteral("calling init: (\\S+)"));
        QStringList libraries;
        auto it = loaded.globalMatch(result.err);
        while (it.hasNext())
            libraries << it.next().captured(1);
        return libraries;
    }

private Q_SLOTS:
    void commandsMapNoWindowLibraries_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("code") << QStringList{QStringLiteral("code"), QStringLiteral("--uri"),
                                             QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--vault"),
                                             QStringLiteral("/nonexistent/vault.twofold")};
    }

    void commandsMapNoWindowLibraries()
    {
        QFETCH(QStringList, arguments);
        const QStringList libraries = loadedLibraries(arguments);
        QVERIFY2(libraries.filter(QStringLiteral("libQt6Core.so")).size() == 1,
                 "LD_DEBUG=libs shows the libraries the command loads, Qt Core among them");
        for (const char *window :
             {"libQt6Quick", "libQt6Qml", "libQt6Widgets", "libQt6Multimedia", "libavcodec", "libpulse",
              "libQt6Gui", "libZXing", "libfontconfig", "libEGL"}) {
            const QStringList found = libraries.filter(QLatin1String(window));
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("a command must not load %1, but loaded %2")
                                                     .arg(QLatin1String(window), found.join(u' '))));
        }
    }

    // scan still works from `twofold`: handed to `twofold-images`, which is the one to map Qt Gui.
    void scanRunsInTheImagesProgram()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString image = dir.filePath(QStringLiteral("code.png"));
        const QByteArray uri = "otpauth://totp/Lean:me?secret=JBSWY3DPEHPK3PXP";
        QVERIFY(twofold::QrEncoder::encode(uri).save(image));

        const auto result = twofold::test::runTwofold({QStringLiteral("scan"), image});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString::fromLatin1(uri + '\n'));
        QVERIFY2(
            loadedLibraries({QStringLiteral("scan"), image}).filter(QStringLiteral("libQt6Gui.so")).size() ==
                1,
            "scan decodes the image with Qt Gui, in twofold-images");

        const auto missing =
            twofold::test::runTwofold({QStringLiteral("scan"), dir.filePath(QStringLiteral("none.png"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(QStringLiteral("twofold: ")), qPrintable(missing.err));
        QCOMPARE(twofold::test::runTwofold({QStringLiteral("scan")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLean)
#include "tst_cli_lean.moc"
