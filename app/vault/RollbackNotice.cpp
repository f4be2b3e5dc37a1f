#include "vault/RollbackNotice.h"

namespace twofold {

QString RollbackNotice::describe(const RollbackGuard::Rollback &rollback)
{
    //: %1 and %2 count the vault's saves: the file's, and the newest seen on this computer before
    return tr("This vault is older than the one you last opened here: restored from a backup or replaced? "
              "(This file is save number %1; save number %2 was opened here before.)")
        .arg(rollback.found)
        .arg(rollback.seen);
}

void RollbackNotice::show(const std::optional<RollbackGuard::Rollback> &rollback)
{
    const QString text = rollback ? describe(*rollback) : QString();
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
}

} // namespace twofold
