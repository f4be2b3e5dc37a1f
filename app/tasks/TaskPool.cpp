// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/TaskPool.h"

#include <cstdio>
#include <cstdlib>

namespace twofold {

namespace {

TaskPool *current = nullptr;

// Time for a task that was about to finish to end on its own (and wipe what it holds) before quitting
// abandons it.
constexpr int finishingMsecs = 200;

} // namespace

TaskPool::TaskPool()
    : m_threads(new QThreadPool)
{
    m_threads->setObjectName(QStringLiteral("TaskPool"));
}

TaskPool::~TaskPool()
{
    if (current == this)
        current = nullptr;
    cancelAll();
    if (m_threads->waitForDone(finishingMsecs)) {
        delete m_threads;
        return;
    }
    std::fflush(nullptr);
    std::_Exit(m_exitStatus);
}

TaskPool &TaskPool::instance()
{
    if (current)
        return *current;
    static TaskPool *const processWide = new TaskPool; // never destroyed, so never ends the process
    return *processWide;
}

void TaskPool::setInstance(TaskPool *pool)
{
    current = pool;
}

std::shared_ptr<TaskToken> TaskPool::track()
{
    auto token = std::make_shared<TaskToken>();
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_tokens, [](const std::weak_ptr<TaskToken> &tracked) { return tracked.expired(); });
    m_tokens.push_back(token);
    return token;
}

void TaskPool::cancelAll()
{
    std::vector<std::weak_ptr<TaskToken>> tokens;
    {
        const std::lock_guard lock(m_mutex);
        tokens.swap(m_tokens);
    }
    for (const std::weak_ptr<TaskToken> &tracked : tokens) {
        if (const auto token = tracked.lock())
            token->cancelAndWaitForCommit();
    }
}

bool TaskPool::waitForDone(int msecs)
{
    return m_threads->waitForDone(msecs);
}

} // namespace twofold
