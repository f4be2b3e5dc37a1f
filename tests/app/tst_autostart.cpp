// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Autostart.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

// Start at login: the XDG autostart entry is written and removed by the setting, and is a valid desktop
// entry even for programs in odd places.
class TestAutostart : public QObject
{
    Q_OBJECT

    Autostart m_autostart;

    static void validate(const QString &path)
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            return;
        QProcess process;
        process.start(validator, {path});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAll())));
        QCOMPARE(process.readAll(), QByteArray()); // not even a hint
    }

    static QString execLine(const QByteArray &entry)
    {
        for (const QByteArray &line : entry.split('\n'))
            if (line.startsWith("Exec="))
                return QString::fromUtf8(line.mid(5));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Autostart::entryPath().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")),
                 "the test's own XDG_CONFIG_HOME");
        QVERIFY(!m_autostart.property("enabled").toBool());
    }

    void settingWritesAndRemovesTheEntry()
    {
        QSignalSpy changed(&m_autostart, &Autostart::enabledChanged);
        m_autostart.enable(true);
        QVERIFY(QFile::exists(Autostart::entryPath()));
        QVERIFY(m_autostart.property("enabled").toBool());
        QCOMPARE(changed.size(), 1);
        QFile file(Autostart::entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        QCOMPARE(execLine(entry), Autostart::program() + QStringLiteral(" --minimized"));
        validate(Autostart::entryPath());

        m_autostart.enable(true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        m_autostart.enable(false);
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!m_autostart.property("enabled").toBool());
        QCOMPARE(changed.size(), 2);
    }

    void execIsQuotedAsTheSpecAsks_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << "/usr/bin/twofold" << "/usr/bin/twofold --minimized";
        QTest::newRow("space") << "/opt/My Apps/twofold" << "\"/opt/My Apps/twofold\" --minimized";
        QTest::newRow("dollar and quote")
            << "/opt/a$b\"c/twofold" << "\"/opt/a\\\\$b\\\\\"c/twofold\" --minimized";
        QTest::newRow("percent") << "/opt/100%/twofold" << "/opt/100%%/twofold --minimized";
    }

    void execIsQuotedAsTheSpecAsks()
    {
        QFETCH(QString, program);
        QFETCH(QString, exec);
        const QByteArray entry = Autostart::entry(program);
        QCOMPARE(execLine(entry), exec);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("io.github.twofold.Twofold.desktop")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(entry);
        file.close();
        validate(file.fileName());
    }

    void appImageStartsTheImage()
    {
        qputenv("APPIMAGE", "/home/me/Twofold.AppImage");
        QCOMPARE(Autostart::program(), QStringLiteral("/home/me/Twofold.AppImage"));
        qunsetenv("APPIMAGE");
        QCOMPARE(Autostart::program(), QCoreApplication::applicationFilePath());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QCoreApplication app(argc, argv);
    TestAutostart test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_autostart.moc"
