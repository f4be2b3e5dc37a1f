// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RollbackNotice.h"

#include "ErrorText.h"

namespace twofold {

void RollbackNotice::show(const std::optional<RollbackGuard::Rollback> &rollback)
{
    const QString text = rollback ? ErrorText::rollback(*rollback) : QString();
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
}

} // namespace twofold
