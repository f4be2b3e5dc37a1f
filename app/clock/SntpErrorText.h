// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/SntpError.h"

#include <QCoreApplication>

namespace twofold {

// The sentence for each way a clock check can fail, and how an offset is written, shared by the settings and
// `twofold clock`.
class SntpErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SntpErrorText)

public:
    static QString describe(const SntpError &error);
    // "+1.234 s" / "-0.050 s": the sign always, milliseconds, a point whatever the locale.
    static QString offset(qint64 offsetUs);
};

} // namespace twofold
