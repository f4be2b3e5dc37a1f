// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountLabel.h"

#include "accounts/AccountText.h"

namespace twofold::AccountLabel {

QString of(const Account &account)
{
    return AccountText::label(account.issuer, account.name);
}

QString service(const Account &account)
{
    const QString issuer = AccountText::label(account.issuer, {});
    return issuer.isEmpty() ? AccountText::label({}, account.name) : issuer;
}

} // namespace twofold::AccountLabel
