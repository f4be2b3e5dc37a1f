// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace twofold {

// An entry of an imported file that cannot be used, and why. Reported one by one, never dropped silently.
struct ImportProblem
{
    QString label; // issuer and name as the file gives them, so the user can find the entry
    Error error;
};

} // namespace twofold
