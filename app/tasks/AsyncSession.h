// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tasks/TaskPool.h"
#include "tasks/TaskToken.h"

#include <QObject>
#include <QtQmlIntegration>

#include <memory>

namespace twofold {

// What the window's asynchronous sessions (import, backups and exports, QR intake) share: `busy` while one
// piece of work runs on the TaskPool, its result applied back on the GUI thread, and a cancel that drops the
// result of work still running (a dialog closed: what it started must not land in the next use).
class AsyncSession : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    using QObject::QObject;
    // Work still running is cancelled: its result is dropped and a file it was about to write is not.
    ~AsyncSession() override;

    bool busy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged();

protected:
    // Runs `work(TaskToken &)` off the GUI thread, then `apply(result)` here, no longer busy; nothing is
    // applied when cancelTask() came first.
    template<typename Work, typename Apply> void runThenApply(Work work, Apply apply)
    {
        setBusy(true);
        m_task =
            TaskPool::instance().run(this, std::move(work), [this, apply = std::move(apply)](auto result) {
                m_task.reset();
                setBusy(false);
                apply(std::move(result));
            });
    }
    void cancelTask();
    // Busy without a task: work that waits on something else (the screen being grabbed).
    void setBusy(bool busy);

private:
    bool m_busy = false;
    std::shared_ptr<TaskToken> m_task;
};

} // namespace twofold
