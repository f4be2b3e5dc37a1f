// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/AsyncSession.h"

namespace twofold {

AsyncSession::~AsyncSession()
{
    if (m_task)
        m_task->cancel();
}

void AsyncSession::cancelTask()
{
    if (m_task)
        m_task->cancel();
    m_task.reset();
    setBusy(false);
}

void AsyncSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace twofold
