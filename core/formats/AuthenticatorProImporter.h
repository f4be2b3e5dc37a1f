// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportBuilder.h"
#include "formats/ImportFormat.h"

#include <QJsonObject>

namespace twofold {

// Authenticator Pro / Stratum backups: plain JSON, the current encrypted form
// ("AUTHENTICATORPRO", Argon2id + AES-256-GCM) and the legacy one ("AuthenticatorPro", PBKDF2-SHA1 +
// AES-256-CBC). Categories become tags; icons are ignored; mOTP and Yandex accounts are rejected.
class AuthenticatorProImporter
{
public:
    static std::optional<ImportFormat::Protection> detect(const ImportInput &input);
    // Errors: ImportWrongPassword, ImportDamaged (detail "<what>"), ImportTooLarge.
    static Expected<ImportResult> read(const ImportInput &input, const SecureBytes &password);

    // One authenticator object (the JSON's keys: Type, Issuer, Username, Secret, Algorithm, Digits,
    // Period, Counter) into `builder`, with `tags`; shared with the app's SQLite database, whose columns
    // are the same. Unusable entries are rejected with the reason.
    static void add(ImportBuilder &builder, const QJsonObject &authenticator, const QStringList &tags);
};

} // namespace twofold
