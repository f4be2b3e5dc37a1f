// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "transfer/ExportAccount.h"

#include <QUuid>

namespace twofold {

// The secrets a backup, an export, a QR code or a painted recovery code needs, read from the unlocked vault
// (C++ only, never QML). Those objects are given one; those QML makes take the app's
// (AccountSource::app()). Everything is empty while the vault is locked.
class AccountSource
{
public:
    virtual ~AccountSource() = default;

    // The app's, for objects QML makes (the wiring code sets it before loading QML).
    static void setApp(AccountSource *app) { s_app = app; }
    static void forgetApp(const AccountSource *app)
    {
        if (s_app == app)
            s_app = nullptr;
    }
    static AccountSource &app()
    {
        Q_ASSERT_X(s_app, "AccountSource::app", "setApp() must come before loading QML");
        return *s_app;
    }

    // Every account with its secret.
    virtual QList<ExportAccount> exportAccounts() const = 0;
    // One account's otpauth link; empty when unknown.
    virtual SecureBytes accountUri(const QUuid &uuid) const = 0;
    // The account's recovery code number `index`; empty when unknown.
    virtual SecureBytes recoveryCode(const QUuid &uuid, int index) const = 0;

private:
    static inline AccountSource *s_app = nullptr;
};

} // namespace twofold
