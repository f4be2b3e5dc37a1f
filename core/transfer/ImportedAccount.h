// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uri/OtpAuthUri.h"

#include <QStringList>

namespace twofold {

// One account read from another app's file: validated like any otpauth URI, plus what people kept with it.
struct ImportedAccount
{
    OtpAuthUri otp;
    QStringList tags; // the source app's groups, folders or categories
    QString note;
    bool favourite = false;
};

} // namespace twofold
