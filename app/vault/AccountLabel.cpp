// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountLabel.h"

#include "accounts/DisplayText.h"

namespace twofold::AccountLabel {

QString shortened(const QString &text)
{
    constexpr qsizetype limit = 48;
    const QString clean = DisplayText::clean(text);
    return clean.size() <= limit ? clean : clean.first(limit - 1) + QChar(0x2026);
}

QString of(const Account &account)
{
    const QString issuer = shortened(account.issuer);
    const QString name = shortened(account.name);
    return issuer.isEmpty() ? name
           : name.isEmpty() ? issuer
                            : issuer + QStringLiteral(" (") + name + QLatin1Char(')');
}

QString service(const Account &account)
{
    const QString issuer = shortened(account.issuer);
    return issuer.isEmpty() ? shortened(account.name) : issuer;
}

} // namespace twofold::AccountLabel
