// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/SntpError.h"

#include <QCoreApplication>

namespace twofold {

// The sentence for each way a clock check can fail, shared by the settings and `twofold clock`.
class SntpErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SntpErrorText)

public:
    static QString describe(const SntpError &error);
};

} // namespace twofold
