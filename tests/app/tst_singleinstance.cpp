// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/DesktopShell.h"
#include "desktop/VaultParts.h"
#include "instance/SingleInstance.h"
#include "settings/Settings.h"
#include "start/ArgumentScrub.h"
#include "start/StartOptions.h"

#include <QApplication>
#include <QLocalSocket>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
const QString gitHubLink = QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP");
const QString bankLink = QStringLiteral("otpauth://totp/Bank:me?secret=GEZDGNBVGY3TQOJQ");

// A socket file nobody listens on, as a crash leaves it.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    if (fd < 0 || encoded.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::copy(encoded.cbegin(), encoded.cend(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFile::exists(path);
}
} // namespace

// This process is the running Twofold (the real window, offscreen); the real `twofold` binary is started
// again beside it, as a person or a browser would, and must hand its request over and exit 0.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    SingleInstance m_instance;
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<DesktopShell> m_shell;

    QQuickItem *item(const char *name)
    {
        return m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    // The environment of a `twofold` start: this test's runtime directory (the socket) unless another is
    // given; anything else it might touch goes to the scratch home.
    QProcessEnvironment environment(const QString &runtimeDir = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!runtimeDir.isEmpty())
            environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    // Whether a Twofold listens on `socket` and takes a request.
    static bool answers(const QString &socket)
    {
        QLocalSocket client;
        client.connectToServer(socket);
        if (!client.waitForConnected(1000))
            return false;
        client.write("activate\n");
        QByteArray answer;
        while (!answer.endsWith('\n') && client.waitForReadyRead(5000))
            answer += client.readAll();
        return answer == "ok\n";
    }

    // Starts the real binary as the running instance in `runtime` and waits until it takes requests.
    bool startRunning(QProcess &process, const QTemporaryDir &runtime, const QStringList &arguments)
    {
        const QString socket = runtime.filePath(QStringLiteral("twofold-%1.socket").arg(::getuid()));
        process.setProcessEnvironment(environment(runtime.path()));
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(TWOFOLD_BINARY), arguments);
        return process.waitForStarted() && QTest::qWaitFor([&socket] { return answers(socket); }, 60'000);
    }

    // Starts `twofold ARGS` as a second instance and waits — serving it meanwhile — for it to end.
    int secondStart(const QStringList &arguments, const QString &runtimeDir = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(runtimeDir));
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(TWOFOLD_BINARY), arguments);
        if (!process.waitForStarted(10'000))
            return -1;
        QDeadlineTimer deadline(60'000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return -2;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY2(m_instance.serverName().startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")),
                 "the socket lives in the user's runtime directory");
        QVERIFY2(m_instance.serverName().endsWith(QStringLiteral("twofold-%1.socket").arg(::getuid())),
                 "its name includes the user id");
        QCOMPARE(m_instance.claim(SingleInstance::activateMessage()), SingleInstance::Claim::Primary);
        QVERIFY(m_instance.isListening());

        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->exposeToQml();
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        m_engine.setInitialProperties({{QStringLiteral("visible"), false}});
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = std::make_unique<DesktopShell>(*m_window, *m_vault, m_settings, m_engine);
        m_shell->serve(m_instance);
        m_shell->start({.link = {}, .minimized = true}); // no tray offscreen: shown minimised instead
        QVERIFY(m_window->isVisible());
        m_window->hide();
    }

    void cleanupTestCase() { m_shell.reset(); }

    void socketIsPrivateToTheUser()
    {
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(m_instance.serverName()).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_uid, ::getuid());
        QVERIFY2((info.st_mode & 077) == 0, "no access for group or others");
    }

    void secondStartRaisesTheWindowAndExits()
    {
        QVERIFY(!m_window->isVisible());
        QCOMPARE(secondStart({}), 0);
        QTRY_VERIFY2(m_window->isVisible(), "the running window is shown");
        QVERIFY(m_shell->mainWindow().isShown());
    }

    void linkOpensTheAddDialogForReview()
    {
        m_window->hide();
        QCOMPARE(secondStart({gitHubLink}), 0);
        QTRY_VERIFY(m_window->isVisible());
        QQuickItem *link = item("linkField");
        QTRY_VERIFY2(link && link->isVisible(), "the add dialog opens");
        QCOMPARE(link->property("text").toString(), gitHubLink);
        QTest::qWait(200);
        QCOMPARE(m_vault->session().accounts()->count(), 0); // nothing is added without confirmation
        QQuickItem *confirm = item("addConfirm");
        QVERIFY(confirm);
        QTest::mouseClick(
            m_window, Qt::LeftButton, {},
            confirm->mapToScene(QPointF(confirm->width() / 2, confirm->height() / 2)).toPoint());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 1);
        QTRY_VERIFY(!link->isVisible());
    }

    void linkWhileLockedWaitsForTheUnlock()
    {
        m_vault->session().lock();
        m_window->hide();
        QCOMPARE(secondStart({bankLink}), 0);
        QTRY_VERIFY(m_window->isVisible());
        QQuickItem *password = item("unlockPassword");
        QTRY_VERIFY2(password && password->isVisible(), "locked: the unlock page first");
        m_vault->session().unlock(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QQuickItem *link = item("linkField");
        QTRY_VERIFY2(link && link->isVisible(), "then the add dialog, on the link");
        QCOMPARE(link->property("text").toString(), bankLink);
        QCOMPARE(m_vault->session().accounts()->count(), 1);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!link->isVisible());
        QCOMPARE(m_vault->session().accounts()->count(), 1);
    }

    void staleSocketDoesNotBlockAStart()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("stale.socket"));
        QVERIFY(makeStaleSocket(name));
        SingleInstance first(name);
        QCOMPARE(first.claim(SingleInstance::activateMessage()), SingleInstance::Claim::Primary);
        QVERIFY2(first.isListening(), "the stale socket was replaced");

        // And the new one answers the next start.
        QSignalSpy activated(&first, &SingleInstance::activated);
        SingleInstance second(name);
        // claim() blocks; the first instance answers from this thread's event loop, so run it elsewhere.
        auto result = std::async(std::launch::async, [&second] { return second.claim(gitHubLink); });
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(result.get(), SingleInstance::Claim::Forwarded);
        QCOMPARE(activated.constFirst().at(0).toString(), gitHubLink);
    }

    void quickCopyAndItsActivationTokenAreHandedOver()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.filePath(QStringLiteral("quick.socket")));
        QCOMPARE(first.claim(SingleInstance::activateMessage()), SingleInstance::Claim::Primary);
        QSignalSpy activated(&first, &SingleInstance::activated);
        SingleInstance second(first.serverName());
        StartOptions options;
        options.quickCopy = true;
        const QString message = SingleInstance::messageFor(options, QStringLiteral("wayland-token_1"));
        auto result = std::async(std::launch::async, [&second, &message] { return second.claim(message); });
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(result.get(), SingleInstance::Claim::Forwarded);
        QCOMPARE(activated.constFirst().at(0).toString(), QString());
        QVERIFY(activated.constFirst().at(1).toBool());
        QCOMPARE(activated.constFirst().at(2).toString(), QStringLiteral("wayland-token_1"));

        // A token that could break the one-line message is left out; a link keeps all of itself.
        QCOMPARE(SingleInstance::messageFor(options, QStringLiteral("bad\ntoken")),
                 QStringLiteral("quick-copy\t"));
        StartOptions link;
        link.link = gitHubLink + QStringLiteral("\tx");
        QCOMPARE(SingleInstance::messageFor(link, {}), gitHubLink + QStringLiteral("\tx\t"));
        auto linked = std::async(std::launch::async, [&second, &link] {
            return second.claim(SingleInstance::messageFor(link, {}));
        });
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(linked.get(), SingleInstance::Claim::Forwarded);
        QCOMPARE(activated.at(1).at(0).toString(), link.link);
        QVERIFY(!activated.at(1).at(1).toBool());
    }

    void realStartsAndACrash()
    {
        // Both instances are the real binary here, in a runtime directory of their own.
        QTemporaryDir runtime;
        const QString socket = runtime.filePath(QStringLiteral("twofold-%1.socket").arg(::getuid()));
        QProcess first;
        QVERIFY(startRunning(first, runtime, {QStringLiteral("--minimized")}));
        QCOMPARE(secondStart({}, runtime.path()), 0);
        QCOMPARE(first.state(), QProcess::Running);

        // A crash leaves the socket file behind; the next start must come up all the same.
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        QVERIFY(QFile::exists(socket));
        QVERIFY(!answers(socket));
        QProcess next;
        QVERIFY(startRunning(next, runtime, {QStringLiteral("--minimized")}));
        QCOMPARE(next.state(), QProcess::Running);
        next.kill();
        next.waitForFinished();
    }

    void linksAreClearedFromTheArguments()
    {
        QByteArray program("twofold");
        QByteArray minimized("--minimized");
        QByteArray link = gitHubLink.toUtf8();
        QByteArray upper("OTPAUTH://totp/x?secret=GEZDGNBVGY3TQOJQ");
        char *argv[] = {program.data(), minimized.data(), link.data(), upper.data(), nullptr};
        const char *where = link.constData();
        QCOMPARE(ArgumentScrub::clearLinks(4, argv), 2);
        QCOMPARE(argv[2], where); // the same memory, overwritten
        QCOMPARE(link, QByteArray(gitHubLink.size(), '\0'));
        QCOMPARE(upper, QByteArray(upper.size(), '\0'));
        QCOMPARE(QByteArray(argv[0]), QByteArray("twofold"));
        QCOMPARE(QByteArray(argv[1]), QByteArray("--minimized"));
    }

    void runningInstanceKeepsNoSecretInItsCommandLine()
    {
        // Started with a link (as the desktop's otpauth handler does), it becomes the running instance.
        QTemporaryDir runtime;
        QProcess first;
        QVERIFY(startRunning(first, runtime, {QStringLiteral("--minimized"), gitHubLink}));
        // What any local user can read while it runs.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(first.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray arguments = cmdline.readAll();
        first.kill();
        first.waitForFinished();
        QVERIFY2(arguments.contains("--minimized"), arguments.constData());
        QVERIFY2(!arguments.contains("secret="), "the link's secret is gone from the argument memory");
        QVERIFY(!arguments.contains("JBSWY3DPEHPK3PXP"));
    }

    void strangeRequestsAreDropped()
    {
        QSignalSpy activated(&m_instance, &SingleInstance::activated);
        QLocalSocket huge;
        huge.connectToServer(m_instance.serverName());
        QVERIFY(huge.waitForConnected(5000));
        huge.write(QByteArray(SingleInstance::maxMessageBytes + 100, 'a'));
        QTRY_COMPARE(huge.state(), QLocalSocket::UnconnectedState);

        QLocalSocket unknown;
        unknown.connectToServer(m_instance.serverName());
        QVERIFY(unknown.waitForConnected(5000));
        unknown.write("delete everything\n");
        QTRY_COMPARE(unknown.state(), QLocalSocket::UnconnectedState);
        QVERIFY(unknown.readAll().isEmpty());
        QCOMPARE(activated.size(), 0);

        m_window->hide();
        QCOMPARE(secondStart({}), 0);
        QTRY_VERIFY2(m_window->isVisible(), "still serving after them");
    }
};

int main(int argc, char **argv)
{
    // A private runtime directory: the socket must not meet a Twofold (or another test) of the machine.
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_singleinstance.moc"
