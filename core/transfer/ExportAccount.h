// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uri/OtpAuthUri.h"

#include <QStringList>
#include <QUuid>

namespace twofold {

// One account as exporters write it: the validated otpauth fields (issuer, name, secret, parameters) and
// what people keep with it.
struct ExportAccount
{
    OtpAuthUri otp;
    QStringList tags;
    QString note;
    bool favourite = false;
    QUuid uuid; // kept in formats that store one; a null uuid gets a fresh random one
};

} // namespace twofold
