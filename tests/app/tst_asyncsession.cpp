// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/AsyncSession.h"
#include "tasks/TaskPool.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace twofold;

namespace {

// A session whose work waits until the test lets it finish.
class Doubling : public AsyncSession
{
public:
    QSemaphore release;
    QList<int> applied;

    void start(int value)
    {
        runThenApply(
            [this, value](TaskToken &) {
                release.acquire();
                return value * 2;
            },
            [this](int result) { applied << result; });
    }
    using AsyncSession::cancelTask;
};

} // namespace

// The shared shape of the import, backup and QR sessions: busy while work runs, its result applied on the GUI
// thread, and a cancel that drops it.
class TestAsyncSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyUntilTheResultIsApplied()
    {
        Doubling session;
        QSignalSpy busy(&session, &AsyncSession::busyChanged);
        session.start(21);
        QVERIFY(session.busy());
        QCOMPARE(busy.size(), 1);
        session.release.release();
        QTRY_COMPARE(session.applied, QList<int>{42});
        QVERIFY(!session.busy());
        QCOMPARE(busy.size(), 2);
    }

    void cancelDropsTheResult()
    {
        Doubling session;
        session.start(1);
        session.cancelTask();
        QVERIFY(!session.busy());
        session.release.release();
        QVERIFY(TaskPool::instance().waitForDone(5000));
        QCoreApplication::processEvents();
        QVERIFY2(session.applied.isEmpty(), "a cancelled task's result is never applied");
        // The next piece of work is applied as usual.
        session.start(2);
        session.release.release();
        QTRY_COMPARE(session.applied, QList<int>{4});
    }
};

QTEST_GUILESS_MAIN(TestAsyncSession)
#include "tst_asyncsession.moc"
