// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/PaperBackupExporter.h"

namespace twofold {

// The printed paper backup's words in the current language, for the window's export and `twofold export`.
class PaperText
{
public:
    static PaperBackupExporter::Text translated();
};

} // namespace twofold
