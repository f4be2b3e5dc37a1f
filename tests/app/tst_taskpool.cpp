// SPDX-License-Identifier: GPL-3.0-or-later
// The pool imports, exports and backup checks run on: a cancelled task's result is dropped and a cancelled
// export writes nothing; closing the import dialog during a slow KDF applies nothing; quitting during a
// KDF ends the process at once instead of waiting for it (in a child process: that path ends the process).
#include "TestSupport.h"
#include "backup/BackupSession.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Kdf.h"
#include "desktop/VaultParts.h"
#include "importing/ImportSession.h"
#include "settings/Settings.h"
#include "tasks/TaskPool.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace twofold;

namespace {

constexpr int quitStatus = 7;

// The child of quitDuringKdfEndsPromptly: a pool running a KDF of many seconds, then destroyed as main()
// destroys it when the app quits.
int quitDuringKdf(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    {
        TaskPool pool;
        pool.setExitStatus(quitStatus);
        QSemaphore started;
        pool.run(
            &app,
            [&started](TaskToken &) {
                started.release();
                QElapsedTimer timer;
                timer.start();
                // Argon2id over 64 MiB, 64 passes in one lane, three times: far more than 5 s.
                for (int i = 0; i < 3; ++i)
                    (void)Kdf::argon2id(SecureBytes(QByteArray("password")), "saltsaltsaltsalt", 64,
                                        64 * 1024, 1, 32);
                std::printf("finished after %lld ms\n", qlonglong(timer.elapsed()));
                std::fflush(stdout);
                return 0;
            },
            [](int) {});
        started.acquire();
        std::printf("started\n");
        std::fflush(stdout);
    }
    std::printf("returned\n");
    return 0;
}

} // namespace

class TestTaskPool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QSettings m_store{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

private Q_SLOTS:
    void resultArrives()
    {
        TaskPool pool;
        int result = 0;
        pool.run(this, [](TaskToken &) { return 42; }, [&result](int value) { result = value; });
        QTRY_COMPARE(result, 42);
    }

    void cancelledResultIsDropped()
    {
        TaskPool pool;
        QSemaphore go;
        bool delivered = false;
        const auto token = pool.run(
            this,
            [&go](TaskToken &) {
                go.acquire();
                return 1;
            },
            [&delivered](int) { delivered = true; });
        token->cancel();
        go.release();
        QVERIFY(pool.waitForDone(5000));
        QTest::qWait(50); // a result would be delivered through the event loop
        QVERIFY(!delivered);
    }

    void cancelledCommitDoesNothing()
    {
        TaskToken token;
        QCOMPARE(token.commit([] { return 1; }), std::optional(1));
        token.cancel();
        bool ran = false;
        QVERIFY(!token.commit([&ran] { return ran = true; }));
        QVERIFY(!ran);
    }

    void cancelAllWaitsForCommitOnly()
    {
        TaskPool pool;
        QSemaphore inCommit, finishCommit;
        bool wrote = false;
        pool.run(
            this,
            [&](TaskToken &token) {
                return token
                    .commit([&] {
                        inCommit.release();
                        finishCommit.acquire();
                        return wrote = true;
                    })
                    .value_or(false);
            },
            [](bool) {});
        inCommit.acquire();
        QElapsedTimer timer;
        timer.start();
        // The write in progress completes before cancelAll() returns; cancelAll() blocks this thread, so
        // another one lets the write finish.
        QThread *releaser = QThread::create([&finishCommit] {
            QThread::msleep(300);
            finishCommit.release();
        });
        releaser->start();
        pool.cancelAll();
        QVERIFY(wrote);
        QVERIFY(timer.elapsed() >= 250);
        releaser->wait();
        delete releaser;
        QVERIFY(pool.waitForDone(5000));
    }

    void quitDuringKdfEndsPromptly()
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--quit-during-kdf")});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        while (!output.contains("started\n") && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("started\n"), output.constData());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(child.waitForFinished(30000));
        const qint64 elapsed = timer.elapsed();
        output += child.readAllStandardOutput();
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("quitting took %1 ms").arg(elapsed)));
        QVERIFY2(!output.contains("finished"), output.constData()); // the KDF was abandoned, not waited for
        QVERIFY2(!output.contains("returned"), output.constData());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), quitStatus);
    }

    void closingTheImportDuringItsKdfAppliesNothing()
    {
        if (test::sharedDir().isEmpty())
            QFAIL("../shared (fixtures) is missing next to the source tree; set TWOFOLD_SHARED_DIR");
        ImportSession session;
        QSignalSpy stages(&session, &ImportSession::stageChanged);
        session.openFile(QUrl::fromLocalFile(
            test::sharedDir() + QStringLiteral("/fixtures/third-party/aegis/aegis_encrypted.json")));
        QTRY_COMPARE(session.stage(), ImportSession::Password);
        session.submitPassword(QStringLiteral("test")); // scrypt, N = 2^15: still running below
        QVERIFY(session.busy());
        session.reset(); // what closing the dialog does
        QVERIFY(TaskPool::instance().waitForDone(30000));
        QTest::qWait(50);
        QCOMPARE(session.stage(), ImportSession::Choose);
        QVERIFY(!session.busy());
        QCOMPARE(session.review()->rowCount(), 0);
        QVERIFY(session.error().isEmpty());
        QCOMPARE(stages.size(), 2); // Choose → Password → Choose: never the review
    }

    void closingTheBackupDialogCancelsTheExport_data()
    {
        QTest::addColumn<bool>("closed");
        QTest::newRow("closed during the KDF: nothing written") << true;
        QTest::newRow("left open: written") << false;
    }

    void closingTheBackupDialogCancelsTheExport()
    {
        QFETCH(bool, closed);
        QTemporaryDir dir;
        VaultParts vault(dir.filePath(QStringLiteral("vault.twofold")), m_settings);
        vault.exposeToQml();
        BackupSession session;
        const QString target = dir.filePath(QStringLiteral("export.twofold"));
        session.exportTo(QUrl::fromLocalFile(target), QStringLiteral("twofold"), QStringLiteral("pw"), false);
        QVERIFY(session.busy()); // Argon2id, 64 MiB: still running below
        if (closed)
            session.reset();
        QVERIFY(TaskPool::instance().waitForDone(30000));
        QTRY_VERIFY(!session.busy());
        QVERIFY2(session.error().isEmpty(), qPrintable(session.error()));
        QCOMPARE(QFile::exists(target), !closed);
        QCOMPARE(session.result().isEmpty(), closed);
        if (closed) // no temporary file either
            QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--quit-during-kdf") == 0)
        return quitDuringKdf(argc, argv);
    QGuiApplication app(argc, argv);
    CryptoRuntime crypto;
    TestTaskPool test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_taskpool.moc"
