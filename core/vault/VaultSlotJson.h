// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/VaultSlot.h"

#include <QJsonObject>

#include <optional>

namespace twofold {

// One unlock slot as the vault header's JSON holds it (docs/vault-format.md §3), and the header's base64.
// Reading bounds the KDF costs before anything is allocated. Pure functions, thread-safe.
class VaultSlotJson
{
public:
    // Keys in Qt's alphabetical order; only the fields the slot's type and KDF use.
    static QJsonObject write(const VaultSlot &slot);
    // Errors: VaultDamaged ("slot", "kdf"), KdfParametersOutOfRange (a cost out of bounds).
    [[nodiscard]] static Expected<VaultSlot> read(const QJsonObject &object);

    // A non-negative whole number up to 2^53 (a JSON double's exact range); anything else (fractions,
    // negatives, larger, not a number) is 0.
    static quint64 wholeNumber(const QJsonValue &value);
    static QString base64(QByteArrayView bytes);
    // Strict standard base64; nullopt on any invalid character.
    static std::optional<QByteArray> fromBase64(const QJsonValue &value);
};

} // namespace twofold
