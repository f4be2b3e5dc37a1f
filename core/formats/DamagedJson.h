// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportInput.h"

#include <QByteArrayView>

#include <initializer_list>

namespace twofold {

// Recognises a JSON export that no longer parses (cut short, a byte changed), so its format's reader can
// say "damaged" instead of the file being unknown.
class DamagedJson
{
public:
    // True when the bytes start like JSON but do not parse (or nest too deep), and their start holds
    // every one of `markers` (quoted key names, e.g. "\"kdfParams\"").
    [[nodiscard]] static bool looksLike(const ImportInput &input,
                                        std::initializer_list<QByteArrayView> markers);
};

} // namespace twofold
