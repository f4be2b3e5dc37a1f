// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AccountSource.h"

namespace twofold {

class VaultStore;

// AccountSource over the unlocked store: what backups, exports, QR codes and painted recovery codes read.
class AccountSecrets : public AccountSource
{
public:
    explicit AccountSecrets(const VaultStore &store)
        : m_store(store)
    {}

    QList<ExportAccount> exportAccounts() const override;
    SecureBytes accountUri(const QUuid &uuid) const override;
    SecureBytes recoveryCode(const QUuid &uuid, int index) const override;

private:
    const VaultStore &m_store;
};

} // namespace twofold
