// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultContents.h"

namespace twofold {

// Combines our in-memory vault with the copy another writer (a second instance, the CLI, a sync tool)
// left on disk, so neither side's changes are lost: accounts are matched by uuid and the newer
// `modified` wins; a deletion wins over an older edit and loses to a newer one; entries that need
// attention are kept from both sides.
class VaultMerge
{
public:
    [[nodiscard]] static VaultContents merge(const VaultContents &ours, const VaultContents &theirs);
};

} // namespace twofold
