// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "formats/ImportBuilder.h"

#include <QJsonObject>

namespace twofold {

// The accounts in a Bitwarden export's items, shared by the password manager's JSON and CSV exports and
// the Bitwarden Authenticator app's JSON.
class BitwardenItems
{
public:
    // Every login item (type 1) with a TOTP value in root["items"]; its folder (root["folders"]) becomes a
    // tag, `favorite` and `notes` are kept. Items without a TOTP value are not accounts and are passed over.
    // Errors: ImportDamaged (detail "items") when items is not an array.
    [[nodiscard]] static Expected<void> add(ImportBuilder &builder, const QJsonObject &root,
                                            QLatin1StringView formatId);

    // One TOTP value: an otpauth URI, `steam://<base32>`, or a bare base32 secret (TOTP, SHA1, 6, 30).
    // The value carries no issuer or name in the last two forms, so `extra` (item name as issuer, username
    // as name, note, tags, favourite) supplies them; for a URI it fills only what the URI lacks.
    static void addTotp(ImportBuilder &builder, const QString &totp, const ImportFields &extra);
};

} // namespace twofold
