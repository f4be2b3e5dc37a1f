// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ImportReview.h"

namespace twofold {

// Where imported accounts go: the review-and-merge step shared by every import (files, QR codes) —
// classification against the vault, then adding exactly the chosen entries. Import sessions are given
// one; those QML makes take the app's (AccountSink::app()).
class AccountSink
{
public:
    virtual ~AccountSink() = default;

    // The app's, for objects QML makes (the wiring code sets it before loading QML).
    static void setApp(AccountSink *app) { s_app = app; }
    static void forgetApp(const AccountSink *app)
    {
        if (s_app == app)
            s_app = nullptr;
    }
    static AccountSink &app()
    {
        Q_ASSERT_X(s_app, "AccountSink::app", "setApp() must come before loading QML");
        return *s_app;
    }

    virtual ImportReview reviewImport(ImportResult batch) const = 0;
    [[nodiscard]] virtual Expected<QList<Account>> addReviewed(const ImportReview &review,
                                                               const QList<int> &chosen) = 0;
    // "issuer (name)" of an account, shortened and cleaned for messages.
    virtual QString describeAccount(const QUuid &uuid) const = 0;

private:
    static inline AccountSink *s_app = nullptr;
};

} // namespace twofold
