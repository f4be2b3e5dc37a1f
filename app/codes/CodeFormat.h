// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twofold {

class CodeFormat
{
public:
    // Splits a code into two groups for reading aloud: "123 456", "1234 5678", "123 4567".
    // Steam's five letters and codes under five characters stay whole.
    static QString grouped(const QString &code, bool steam);
};

} // namespace twofold
