// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tasks/TaskToken.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <mutex>
#include <type_traits>
#include <vector>

namespace twofold {

// The threads that imports, exports, backup checks and QR decoding run on: owned by the app, and cancellable.
// Cancelling (closing the dialog) drops a task's result; quitting never waits for a task that is still
// running, since a foreign file's KDF cannot be interrupted and may take many seconds.
class TaskPool
{
public:
    TaskPool();
    // Cancels every task and waits for file writes in progress (TaskToken::commit) and briefly for tasks
    // about to finish. A task still running after that (a KDF) is abandoned: the process ends right here with
    // the exit status set before, so nothing later in the shutdown (QCA, OpenSSL) is torn down under it.
    // main() destroys the pool after the window, so every object that holds secrets on the GUI side has
    // been destroyed and wiped by then; the task's own copies (a password, key material inside OpenSSL)
    // sit in memory the process never dumps (PR_SET_DUMPABLE 0) and go with its address space.
    ~TaskPool();
    TaskPool(const TaskPool &) = delete;
    TaskPool &operator=(const TaskPool &) = delete;

    // The pool main() made, or where there is none (tests) one that lives as long as the process.
    static TaskPool &instance();
    static void setInstance(TaskPool *pool);

    void setExitStatus(int status) { m_exitStatus = status; }

    // Runs `work(TaskToken &)` on a pool thread, then `done(result)` on `context`'s thread unless the task
    // was cancelled meanwhile or `context` is gone.
    template<typename Work, typename Done>
    std::shared_ptr<TaskToken> run(QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, TaskToken &>;
        auto token = track();
        QtConcurrent::run(m_threads, [token, work = std::move(work)] {
            return work(*token);
        }).then(context, [token, done = std::move(done)](Result result) {
            if (!token->isCancelled())
                done(std::move(result));
        });
        return token;
    }

    // Cancels every task, waiting only for their commits in progress.
    void cancelAll();
    // For tests: whether every task ended within `msecs`.
    bool waitForDone(int msecs);

private:
    std::shared_ptr<TaskToken> track();

    QThreadPool *m_threads; // not deleted while a task runs: its destructor would wait
    std::mutex m_mutex;
    std::vector<std::weak_ptr<TaskToken>> m_tokens;
    int m_exitStatus = 0;
};

} // namespace twofold
