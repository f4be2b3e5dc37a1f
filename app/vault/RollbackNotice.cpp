#include "vault/RollbackNotice.h"

namespace twofold {

QString RollbackNotice::describe(const RollbackGuard::Rollback &rollback)
{
    //: %1 and %2 count the vault's saves: the file's, and the most seen on this computer before
    return tr("This vault is older than the one you last opened here: restored from a backup or replaced? "
              "(saved %1 times, %2 before)")
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
