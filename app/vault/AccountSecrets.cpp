// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountSecrets.h"

#include "vault/VaultStore.h"

namespace twofold {

QList<ExportAccount> AccountSecrets::exportAccounts() const
{
    return m_store.exportAccounts();
}

SecureBytes AccountSecrets::accountUri(const QUuid &uuid) const
{
    for (const ExportAccount &account : m_store.exportAccounts()) {
        if (account.uuid == uuid)
            return account.otp.toUri();
    }
    return {};
}

SecureBytes AccountSecrets::recoveryCode(const QUuid &uuid, int index) const
{
    const auto account = m_store.account(uuid);
    if (!account || index < 0 || index >= account->recoveryCodes.size())
        return {};
    return account->recoveryCodes.at(index).code;
}

} // namespace twofold
