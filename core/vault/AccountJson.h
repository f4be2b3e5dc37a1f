// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/Account.h"

#include <QByteArray>

namespace twofold {

// An account's metadata as stored inside the vault payload (JSON; see docs/vault-format.md).
class AccountJson
{
public:
    [[nodiscard]] static QByteArray write(const Account &account);
    // Errors: VaultDamaged with detail naming the field ("uuid", "type", …), or the OtpParameters error.
    [[nodiscard]] static Expected<Account> read(QByteArrayView json);
};

} // namespace twofold
