// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <mutex>
#include <optional>

namespace twofold {

// The cancel flag of one task on the TaskPool, shared by the task and whoever started it. A cancelled task's
// result is dropped; a task that changes something outside itself (writes a file) does so through commit(),
// which refuses once the task is cancelled.
class TaskToken
{
public:
    bool isCancelled() const { return m_cancelled.load(); }

    // Returns at once; a commit already running still completes (closing a dialog never blocks on a write).
    void cancel() { m_cancelled.store(true); }

    // Cancels, then waits for a commit in progress (the pool at quit): afterwards no commit runs or starts.
    void cancelAndWaitForCommit()
    {
        const std::lock_guard lock(m_commit);
        m_cancelled.store(true);
    }

    // Runs `step` unless the task is cancelled; nullopt when it is.
    template<typename Step> auto commit(Step step) -> std::optional<decltype(step())>
    {
        const std::lock_guard lock(m_commit);
        if (m_cancelled.load())
            return std::nullopt;
        return step();
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_commit;
};

} // namespace twofold
