// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Account.h"

namespace twofold::AccountLabel {

// Messages name accounts as AccountText::label writes them, cleaned and shortened.
// "GitHub (octocat)"; the issuer or the name alone when the other is empty.
QString of(const Account &account);
// The issuer, else the name ("GitHub").
QString service(const Account &account);

} // namespace twofold::AccountLabel
