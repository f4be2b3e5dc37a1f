// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/EntryExport.h"

namespace twofold {

QList<ExportAccount> EntryExport::of(const QList<VaultEntry> &entries)
{
    QList<ExportAccount> out;
    for (const VaultEntry &entry : entries) {
        if (!entry.account)
            continue;
        const Account &account = *entry.account;
        // Stored accounts passed the validator when they were loaded, so this cannot fail.
        auto otp = OtpAuthUri::create(account.issuer, account.name, entry.secret, account.parameters);
        if (otp)
            out.append({std::move(*otp), account.tags, account.note, account.favourite, account.uuid});
    }
    return out;
}

} // namespace twofold
