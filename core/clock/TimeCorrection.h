// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <optional>

namespace twofold {

// The vault's manual time correction: whole seconds added to this computer's clock for codes. It is kept in
// the vault's encrypted metadata as "timeCorrection" (a JSON integer), a top-level field that older 1.x
// readers keep and write back unchanged (docs/vault-format.md section 7), so it follows the vault to every
// computer that opens it.
class TimeCorrection
{
public:
    static constexpr qint64 maxSeconds = 24 * 60 * 60;
    static inline const QString field = QStringLiteral("timeCorrection");

    // The stored correction; 0 when absent, not a whole number, or beyond maxSeconds either way.
    static qint64 read(const QJsonObject &vaultFields);
    // Stores `seconds`, also 0: a merge unites vault fields, so a removed field would come back from
    // another copy that still has it. Returns false (and changes nothing) beyond maxSeconds.
    static bool write(QJsonObject &vaultFields, qint64 seconds);
};

} // namespace twofold
