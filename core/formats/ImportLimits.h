// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

namespace twofold {

// Foreign files are bounded before they are parsed.
struct ImportLimits
{
    static constexpr qsizetype maxFileBytes = 10 * 1024 * 1024;
    static constexpr int maxJsonDepth = 64;
    static constexpr int maxEntries = 10'000;
    static constexpr qsizetype maxFieldBytes = 1024;
};

} // namespace twofold
