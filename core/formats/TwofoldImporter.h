// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// Twofold's own vault format: a backup, an export, or another vault (docs/vault-format.md), opened with its
// password slot. Used to import or restore a backup and to verify one against the vault.
class TwofoldImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
