// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QStringList>

namespace twofold {

class ImportBuilder;

// One KeePass entry's fields that matter to an authenticator, and how they become an account. KeePassXC keeps
// a TOTP secret in the `otp` attribute (an otpauth URI, or KeeOtp's "key=…&step=…&size=…") or, in older
// databases, in the `TOTP Seed` / `TOTP Settings` pair ("30;6", "30;S" for Steam). The entry's title and
// user name are the issuer and name; its groups (below the root) the tag.
struct KdbxEntry
{
    QString title;
    QString userName;
    SecureBytes otp;
    SecureBytes seed;
    SecureBytes settings;
    QStringList tags;

    bool hasTotp() const { return !otp.isEmpty() || !seed.isEmpty(); }
    // Adds the entry's account to `builder`, or rejects it with the reason.
    void addTo(ImportBuilder &builder) const;
};

} // namespace twofold
