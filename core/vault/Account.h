// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"
#include "vault/RecoveryCode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

namespace twofold {

// What people keep with an account — everything except the secret, which only VaultStore holds.
// Safe to copy into models and front ends.
struct Account
{
    QUuid uuid;
    QString issuer;
    QString name;
    OtpParameters parameters = OtpParameters::defaultTotp();
    QString icon; // a reference ("brand:github", a file name), never image data
    QStringList tags;
    bool favourite = false;
    QString note;
    QList<RecoveryCode> recoveryCodes;
    QDateTime created;
    QDateTime modified;
    QDateTime lastUsed;
    quint64 usageCount = 0;
    // Fields written by a newer Twofold that this version does not know; kept and written back.
    QJsonObject unknownFields;

    bool operator==(const Account &) const = default;
};

} // namespace twofold
