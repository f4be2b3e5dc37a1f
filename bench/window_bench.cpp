// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of the window: start-up time to the first painted frame and memory (PSS), with the software
// scene graph and with OpenGL, and CPU over an idle minute with the window visible and hidden. Each process
// runs in its own scratch home (XDG directories and runtime dir), on the X server bench/run starts
// (tests/desktop/with-x11: Xvfb, Mesa's software OpenGL, a private D-Bus).
//   window_bench TWOFOLD UNLOCKED_WINDOW [runs] [idle-seconds]
// TWOFOLD is the real executable: it starts on the create-vault page without a vault and on the unlock page
// with one. UNLOCKED_WINDOW (bench/unlocked_window.cpp) is the window over a vault unlocked before it loads:
// the list of 5 and of 1,000 accounts, which the real executable shows only after a password is typed.
// First frames are reported by the app itself (TWOFOLD_REPORT_FIRST_FRAME, app/desktop/FirstFrameReport.h)
// on the monotonic clock, and counted from just before the process is started.
#include "crypto/CryptoRuntime.h"
#include "desktop/FirstFrameReport.h"
#include "vault/VaultStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace twofold;

namespace {
const QByteArray password = QByteArrayLiteral("bench password");
constexpr int settleMs = 3000; // after the first frame: start-up work done, memory as it stays

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

QString listed(const QList<double> &values, int decimals)
{
    QStringList out;
    for (const double value : values)
        out << QString::number(value, 'f', decimals);
    return out.join(QStringLiteral(", "));
}

// A home of its own: config, data (the vault), cache and the runtime directory of the single-instance socket.
struct Home
{
    QString root;

    QString vaultPath() const { return root + QStringLiteral("/.local/share/twofold/vault.twofold"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), root);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
        env.insert(QStringLiteral("TWOFOLD_REPORT_FIRST_FRAME"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("LANGUAGE"), QString());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    static Home make(const QString &root)
    {
        for (const char *dir : {"/.config", "/.local/share/twofold", "/.local/state", "/.cache", "/run"})
            QDir().mkpath(root + QLatin1String(dir));
        QFile::setPermissions(root + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return {root};
    }
};

bool writeVault(const QString &path, int count)
{
    // A cheap KDF: the real executable only reads the header at start, and the unlocked window's figure
    // should be the window's, not Argon2id's (vault_bench times the default unlock).
    KdfParameters kdf = KdfParameters::defaultArgon2id(QByteArray(16, 's'));
    kdf.memoryKiB = 8 * 1024;
    kdf.iterations = 1;
    VaultStore::Options options;
    options.backupGenerations = 0;
    VaultStore store(path, options);
    if (!store.create(SecureBytes(password), kdf))
        return false;
    const char *issuers[] = {"GitHub", "GitLab", "Google", "Microsoft", "Amazon", "Dropbox", "Bank", "Steam"};
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    for (int i = 0; i < count; ++i) {
        QByteArray secret("JBSWY3DPEHPK");
        for (int n = i, digit = 0; digit < 4; ++digit, n /= 32)
            secret += alphabet[n % 32];
        const QByteArray uri = "otpauth://totp/" + QByteArray(issuers[i % 8]) + "%20" +
                               QByteArray::number(i) + ":user" + QByteArray::number(i) +
                               "%40example.com?secret=" + secret;
        if (!store.add(*OtpAuthUri::parse(uri)))
            return false;
    }
    return bool(store.save());
}

QString procFile(qint64 pid, const QString &name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

// Proportional set size: resident memory with each shared page split among the processes that map it,
// the figure that adds up across processes (and the one the peers are compared on).
double pssMiB(qint64 pid)
{
    static const QRegularExpression pss(QStringLiteral("\\nPss:\\s+(\\d+) kB"));
    return pss.match(procFile(pid, QStringLiteral("smaps_rollup"))).captured(1).toDouble() / 1024.0;
}

// User plus system time of every thread, in seconds.
double cpuSeconds(qint64 pid)
{
    const QString stat = procFile(pid, QStringLiteral("stat"));
    const QStringList fields = stat.mid(stat.lastIndexOf(u')') + 2).split(u' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// Voluntary and involuntary context switches of each thread (by id): each is a wake-up or a preemption.
QHash<QString, qint64> contextSwitches(qint64 pid)
{
    static const QRegularExpression switches(QStringLiteral("ctxt_switches:\\s+(\\d+)"));
    QHash<QString, qint64> threads;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto it = switches.globalMatch(procFile(pid, QStringLiteral("task/%1/status").arg(task)));
        while (it.hasNext())
            threads[task] += it.next().captured(1).toLongLong();
    }
    return threads;
}

// Switches between two readings, thread by thread: a thread that ended (the worker pool lets idle threads
// go after 30 s) must not subtract its whole history.
qint64 switchesBetween(const QHash<QString, qint64> &before, const QHash<QString, qint64> &after)
{
    qint64 total = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        total += it.value() - before.value(it.key(), 0);
    return total;
}

struct Started
{
    double firstFrameMs = 0;
    QString log; // stderr up to the first frame
};

// Starts the process and waits for the app's first-frame line.
std::optional<Started> startAndWaitForFirstFrame(QProcess &process, const QString &program,
                                                 const QStringList &arguments, const QProcessEnvironment &env)
{
    static const QRegularExpression line(QStringLiteral("twofold: first frame at ([0-9.]+) ms"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setReadChannel(QProcess::StandardError);
    const double start = FirstFrameReport::monotonicMs();
    process.start(program, arguments);
    Started started;
    while (process.waitForReadyRead(60'000)) {
        started.log += QString::fromLocal8Bit(process.readAllStandardError());
        if (const auto match = line.match(started.log); match.hasMatch()) {
            started.firstFrameMs = match.captured(1).toDouble() - start;
            return started;
        }
    }
    std::fprintf(stderr, "window_bench: %s gave no first frame:\n%s\n", qPrintable(program),
                 qPrintable(started.log));
    return std::nullopt;
}

void stop(QProcess &process, bool commands)
{
    if (commands)
        process.write("quit\n");
    else
        process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }
}

// Qt Quick's scene graph backends: the software rasteriser, and OpenGL through the RHI (Mesa's llvmpipe
// on Xvfb).
enum class Backend
{
    Software,
    OpenGl
};

struct Case
{
    const char *label;
    QString program;
    QStringList arguments;
    Home home;
    bool commands; // unlocked_window takes commands on stdin
    Backend backend = Backend::Software;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = home.environment();
        if (backend == Backend::Software) {
            env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        } else {
            env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("rhi"));
            env.insert(QStringLiteral("QSG_RHI_BACKEND"), QStringLiteral("opengl"));
        }
        return env;
    }
};

struct Figures
{
    QList<double> firstFrameMs;
    QList<double> pssMiB;
    QList<double> unlockMs; // unlocked_window's unlock before its window loads
};

// One warm-up start (libraries and fonts into the page cache), then `runs` measured ones.
std::optional<Figures> measureStart(const Case &c, int runs)
{
    Figures figures;
    for (int run = 0; run <= runs; ++run) {
        QProcess process;
        const auto started = startAndWaitForFirstFrame(process, c.program, c.arguments, c.environment());
        if (!started)
            return std::nullopt;
        QThread::msleep(settleMs);
        const double pss = pssMiB(process.processId());
        stop(process, c.commands);
        if (run == 0)
            continue;
        figures.firstFrameMs << started->firstFrameMs;
        figures.pssMiB << pss;
        static const QRegularExpression unlocked(QStringLiteral("unlocked \\d+ accounts in ([0-9.]+) ms"));
        if (const auto match = unlocked.match(started->log); match.hasMatch())
            figures.unlockMs << match.captured(1).toDouble();
    }
    return figures;
}

struct Idle
{
    double cpu = 0;
    qint64 switches = 0;
    int timers = 0;
    int frames = 0;
};

std::optional<std::pair<int, int>> stats(QProcess &process)
{
    static const QRegularExpression line(QStringLiteral("stats timers=(\\d+) frames=(\\d+)"));
    process.setReadChannel(QProcess::StandardOutput);
    process.write("stats\n");
    QString out;
    while (process.waitForReadyRead(10'000)) {
        out += QString::fromLatin1(process.readAllStandardOutput());
        if (const auto match = line.match(out); match.hasMatch())
            return std::pair{match.captured(1).toInt(), match.captured(2).toInt()};
    }
    return std::nullopt;
}

std::optional<Idle> idleFor(QProcess &process, int seconds)
{
    const qint64 pid = process.processId();
    const auto before = stats(process);
    const double cpu = cpuSeconds(pid);
    const auto switches = contextSwitches(pid);
    QThread::sleep(seconds);
    const double cpuAfter = cpuSeconds(pid);
    const auto switchesAfter = contextSwitches(pid);
    const auto after = stats(process); // after the CPU reading: answering costs a little
    if (!before || !after)
        return std::nullopt;
    return Idle{cpuAfter - cpu, switchesBetween(switches, switchesAfter), after->first - before->first,
                after->second - before->second};
}

void printIdle(const char *label, const Idle &idle, int seconds)
{
    std::printf("  %-40s %6.2f CPU s = %5.2f %% of one core; %5d timer events, %5d frames, %6lld context "
                "switches\n",
                label, idle.cpu, 100.0 * idle.cpu / seconds, idle.timers, idle.frames, idle.switches);
}

// Mesa's renderer and Qt's render loop, from one extra start with QSG_INFO.
QString rendererOf(const Case &c)
{
    QProcess process;
    QProcessEnvironment env = c.environment();
    env.insert(QStringLiteral("QSG_INFO"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    process.start(c.program, c.arguments);
    QString log;
    while (process.waitForReadyRead(30'000) && !log.contains(QLatin1String("first frame at")))
        log += QString::fromLocal8Bit(process.readAllStandardError());
    stop(process, c.commands);
    static const QRegularExpression renderer(QStringLiteral("RENDERER: (.*) VERSION"));
    static const QRegularExpression loop(QStringLiteral("(threaded|basic) render loop"));
    const QString name = renderer.match(log).captured(1).trimmed();
    const QString kind = loop.match(log).captured(1);
    return (name.isEmpty() ? QStringLiteral("unknown renderer") : name) +
           (kind.isEmpty() ? QString() : QStringLiteral(", %1 render loop").arg(kind));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    if (!crypto.check() || argc < 3) {
        std::fprintf(stderr, "usage: window_bench TWOFOLD UNLOCKED_WINDOW [runs] [idle-seconds]\n");
        return 2;
    }
    const QString twofold = QString::fromLocal8Bit(argv[1]);
    const QString unlockedWindow = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    const int idleSeconds = argc > 4 ? std::max(1, std::atoi(argv[4])) : 60;
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "window_bench: needs an X server (bench/run starts one)\n");
        return 2;
    }

    QTemporaryDir scratch;
    const Home empty = Home::make(scratch.filePath(QStringLiteral("empty")));
    const Home five = Home::make(scratch.filePath(QStringLiteral("five")));
    const Home full = Home::make(scratch.filePath(QStringLiteral("full")));
    if (!writeVault(five.vaultPath(), 5) || !writeVault(full.vaultPath(), 1000)) {
        std::fprintf(stderr, "window_bench: could not write the vaults\n");
        return 3;
    }
    const QStringList unlock{QString::fromLatin1(password)};
    QList<Case> cases;
    for (const Backend backend : {Backend::Software, Backend::OpenGl}) {
        const bool software = backend == Backend::Software;
        cases << Case{software ? "software: no vault (create-vault page), twofold"
                               : "OpenGL:   no vault (create-vault page), twofold",
                      twofold,
                      {},
                      empty,
                      false,
                      backend}
              << Case{software ? "software: 1,000 accounts, locked (unlock page)"
                               : "OpenGL:   1,000 accounts, locked (unlock page)",
                      twofold,
                      {},
                      full,
                      false,
                      backend}
              << Case{software ? "software: 5 accounts, unlocked list"
                               : "OpenGL:   5 accounts, unlocked list",
                      unlockedWindow,
                      unlock,
                      five,
                      true,
                      backend}
              << Case{software ? "software: 1,000 accounts, unlocked list"
                               : "OpenGL:   1,000 accounts, unlocked list",
                      unlockedWindow,
                      unlock,
                      full,
                      true,
                      backend};
    }

    std::printf("window on Xvfb (xcb), OpenGL: %s; %d runs after a warm-up start, medians [runs]\n",
                qPrintable(rendererOf(cases.at(4))), runs);
    std::printf("start-up to the first painted frame, and proportional memory (PSS) %d s later (unlocked: "
                "unlocked_window, the vault unlocked before the window loads):\n",
                settleMs / 1000);
    for (const Case &c : cases) {
        const auto figures = measureStart(c, runs);
        if (!figures)
            return 4;
        std::printf("  %-48s %5.0f ms, %5.1f MiB   [%s ms; %s MiB]\n", c.label, median(figures->firstFrameMs),
                    median(figures->pssMiB), qPrintable(listed(figures->firstFrameMs, 0)),
                    qPrintable(listed(figures->pssMiB, 1)));
        if (!figures->unlockMs.isEmpty())
            std::printf("  %-48s %5.0f ms of it unlocking (Argon2id 8 MiB, t=1, before the window loads)\n",
                        "", median(figures->unlockMs));
    }

    std::printf("idle for %d s with 1,000 accounts unlocked, software (unlocked_window; the countdown rings "
                "tick each second while shown):\n",
                idleSeconds);
    QProcess process;
    const Case &list = cases.at(3);
    if (!startAndWaitForFirstFrame(process, list.program, list.arguments, list.environment()))
        return 4;
    QThread::msleep(settleMs);
    const auto visible = idleFor(process, idleSeconds);
    process.write("hide\n");
    process.waitForBytesWritten(); // QProcess only writes from its event loop or a waitFor… call
    QThread::msleep(settleMs);
    const auto hidden = idleFor(process, idleSeconds);
    stop(process, true);
    if (!visible || !hidden) {
        std::fprintf(stderr, "window_bench: the unlocked window did not answer\n");
        return 5;
    }
    printIdle("window visible:", *visible, idleSeconds);
    printIdle("window hidden (to the tray):", *hidden, idleSeconds);
    return 0;
}
