// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "vault/Account.h"

#include <QByteArray>

#include <optional>

namespace twofold {

// One stored account. An entry that fails validation on load has no `account`; its stored bytes are
// written back exactly as read, and the app shows it as "needs attention" — never dropped.
struct VaultEntry
{
    std::optional<Account> account;
    QByteArray storedMetadata; // the entry's JSON as read; authoritative when `account` is empty
    SecureBytes secret;
    std::optional<Error> problem;

    bool isValid() const { return account.has_value(); }
};

} // namespace twofold
