// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodesAround.h"
#include "ShellFixture.h"
#include "WaylandSession.h"

#include <QApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
// X and the tools are other processes: on a loaded two-core machine they can take seconds.
constexpr int slowMs = 30'000;

const QString gitHubLink = QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP");
const QString bankLink = QStringLiteral("otpauth://totp/Bank:me?secret=GEZDGNBVGY3TQOJQ");

QString clipboard()
{
    return WaylandSession::run(QStringLiteral("xclip"), {QStringLiteral("-o"), QStringLiteral("-selection"),
                                                         QStringLiteral("clipboard")})
        .out;
}

// Real keyboard input to whichever window has the focus, as a person types.
bool xdotool(const QStringList &arguments)
{
    return WaylandSession::run(QStringLiteral("xdotool"), arguments).exitCode == 0;
}

// A shown window whose title matches `pattern` (Qt adds " — Twofold" to titles other than the app's name).
bool visibleWindowNamed(const QString &pattern)
{
    return xdotool(
        {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), pattern});
}
} // namespace

// `twofold --quick-copy` on X11, as a desktop keyboard shortcut runs it: against this process as the running
// Twofold (the real window on a private Xvfb), and as a cold start of the real binary. Typing and Enter in
// the popup copy; the clipboard is read back by another X client (xclip).
class TestQuickCopy : public QObject, public ShellFixture
{
    Q_OBJECT

    QQuickWindow *popup() { return m_shell->tray().quickCopy().window(); }

    static QQuickItem *item(QQuickWindow *window, const char *name)
    {
        return window ? window->findChild<QQuickItem *>(QString::fromLatin1(name)) : nullptr;
    }

    static void saveScreenshot(const QImage &image, const QString &name)
    {
        QVERIFY(!image.isNull());
        QVERIFY(image.save(screenshotPath(QStringLiteral("%1.png").arg(name))));
    }

    QProcessEnvironment environment(const QString &runtimeDir = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!runtimeDir.isEmpty())
            environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return environment;
    }

    // `twofold ARGS` to its end, served meanwhile by this process's event loop.
    WaylandSession::Run start(const QStringList &arguments, const QString &runtimeDir = {})
    {
        return WaylandSession::run(QStringLiteral(TWOFOLD_BINARY), arguments, {}, environment(runtimeDir));
    }

    // Types in the popup as a person does, Enter copies; true once the popup closed.
    void typeAndCopy(const QString &text)
    {
        QQuickWindow *window = popup();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->isActive(), slowMs);
        QTRY_VERIFY(item(window, "quickSearch")->hasActiveFocus());
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text}));
        QTRY_COMPARE(item(window, "quickList")->property("count").toInt(), 1);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_VERIFY2(!window->isVisible(), "Enter copies and closes");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "runs on X11 (tests/desktop/with-x11)");
        for (const char *tool : {"xdotool", "xclip"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool))));
        startShell({gitHubLink, bankLink}, {.link = {}, .minimized = true}); // no tray here: shown minimised
        if (QTest::currentTestFailed())
            return;
        m_window->hide();
    }

    void cleanupTestCase() { m_shell.reset(); }

    void runningInstanceOpensThePopup()
    {
        QCOMPARE(start({QStringLiteral("--quick-copy")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->tray().quickCopy().isShown(), slowMs);
        QVERIFY2(!m_window->isVisible(), "the window stays where it was");
        QVERIFY(QTest::qWaitForWindowExposed(popup()));
        saveScreenshot(popup()->grabWindow(), QStringLiteral("quickcopy-x11-popup"));
        typeAndCopy(QStringLiteral("git"));
        QTRY_VERIFY_WITH_TIMEOUT(codesAround(gitHubLink).contains(clipboard()), slowMs);
        QVERIFY(!clipboard().isEmpty());
    }

    void lockedAsksForThePasswordFirst()
    {
        m_vault->session().lock();
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        QCOMPARE(start({QStringLiteral("--quick-copy")}).exitCode, 0);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->isVisible(), "the window shows to unlock", slowMs);
        QQuickItem *password = item(m_window, "unlockPassword");
        QTRY_VERIFY(password && password->isVisible());
        QVERIFY(!m_shell->tray().quickCopy().isShown());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActive(), slowMs);
        QTRY_VERIFY(password->hasActiveFocus());
        QVERIFY(xdotool(
            {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), QStringLiteral("pw")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->session().state(), VaultSession::Unlocked, slowMs);
        QTRY_VERIFY2_WITH_TIMEOUT(m_shell->tray().quickCopy().isShown(), "then the popup opens", slowMs);
        QTRY_VERIFY2(!m_shell->mainWindow().isShown(), "and the window, shown only to unlock, goes away");
        typeAndCopy(QStringLiteral("bank"));
        QTRY_VERIFY_WITH_TIMEOUT(codesAround(bankLink).contains(clipboard()), slowMs);
    }

    void closingTheUnlockWindowCancelsIt()
    {
        m_window->hide();
        m_vault->session().lock();
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        QCOMPARE(start({QStringLiteral("--quick-copy")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), slowMs);
        m_window->hide(); // as closing it into a tray does
        m_vault->session().unlock(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QTest::qWait(300);
        QVERIFY2(!m_shell->tray().quickCopy().isShown(), "a later unlock does not pop up quick copy");
    }

    void badCombinationsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("with --minimized")
            << QStringList{QStringLiteral("--quick-copy"), QStringLiteral("--minimized")}
            << QStringLiteral("--quick-copy cannot be combined");
        QTest::newRow("with a link") << QStringList{QStringLiteral("--quick-copy"), gitHubLink}
                                     << QStringLiteral("--quick-copy cannot be combined");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--minimized"), QStringLiteral("--bogus")}
            << QStringLiteral("unknown option “--bogus”");
        QTest::newRow("two links") << QStringList{gitHubLink, bankLink}
                                   << QStringLiteral("only one otpauth:// link");
        QTest::newRow("stray word") << QStringList{QStringLiteral("--quick-copy"), QStringLiteral("JBSWY3DP")}
                                    << QStringLiteral("unexpected argument");
    }

    void badCombinationsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        m_window->hide();
        const WaylandSession::Run result = start(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QLatin1String("twofold: ") + error), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(!result.err.contains(QLatin1String("JBSWY3DP")), "a stray argument is not echoed");
        QTest::qWait(300);
        QVERIFY2(!m_window->isVisible() && !m_shell->tray().quickCopy().isShown(),
                 "nothing was handed to the running instance");
    }

    void coldStartUnlocksThenOpensThePopup()
    {
        // The real binary, alone in a runtime directory of its own, on a vault the command line made.
        m_window->hide();
        QTemporaryDir runtime;
        const QString vault = m_home.filePath(QStringLiteral("data/twofold/vault.twofold"));
        const QString password = m_home.filePath(QStringLiteral("password"));
        QFile file(password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cold start\n");
        file.close();
        const QStringList vaultOptions{QStringLiteral("--vault"), vault, QStringLiteral("--password-file"),
                                       password};
        QCOMPARE(start(QStringList{QStringLiteral("init")} + vaultOptions).exitCode, 0);
        QCOMPARE(start(QStringList{QStringLiteral("add"), gitHubLink} + vaultOptions).exitCode, 0);

        QProcess twofold;
        twofold.setProcessEnvironment(environment(runtime.path()));
        twofold.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        twofold.start(QStringLiteral(TWOFOLD_BINARY), {QStringLiteral("--quick-copy")});
        QVERIFY(twofold.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(visibleWindowNamed(QStringLiteral("^Twofold$")),
                                  "the window asks for the password", slowMs);
        QVERIFY(!visibleWindowNamed(QStringLiteral("^Quick copy")));
        QTest::qWait(500); // the unlock page takes the keyboard once shown
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"),
                         QStringLiteral("cold start")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_VERIFY2_WITH_TIMEOUT(visibleWindowNamed(QStringLiteral("^Quick copy")),
                                  "unlocked: the popup opens", slowMs);
        QTest::qWait(300);
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"),
                         QStringLiteral("git")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_VERIFY_WITH_TIMEOUT(!visibleWindowNamed(QStringLiteral("^Quick copy")), slowMs);
        QTRY_VERIFY_WITH_TIMEOUT(codesAround(gitHubLink).contains(clipboard()), slowMs);
        QCOMPARE(twofold.state(), QProcess::Running);
        twofold.terminate();
        if (!twofold.waitForFinished(10'000))
            twofold.kill();
    }
};

int main(int argc, char **argv)
{
    // A private runtime directory: the socket must not meet a Twofold (or another test) of the machine.
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestQuickCopy test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_quickcopy.moc"
