// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

namespace twofold {

// The Battle.net app's authenticator preferences (`com.blizzard.messenger.authenticator_preferences.xml`
// from a rooted phone): the device secret and serial are hex, XOR-masked with a fixed key the
// app ships. One account: issuer "Battle.net", the serial as name, TOTP SHA1, 8 digits, 30 s.
class BattleNetImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);
};

} // namespace twofold
