// SPDX-License-Identifier: GPL-3.0-or-later
#include "BattleNetImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"
#include "formats/SharedPreferencesXml.h"

namespace twofold {

namespace {
const QLatin1StringView formatId("battle-net");
const QLatin1StringView secretKey("com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET");
const QLatin1StringView serialKey("com.blizzard.messenger.AUTHENTICATOR_SERIAL");
const QLatin1StringView maskingKey("com.blizzard.messenger.AUTHENTICATOR_CREDENTIALS_ENCRYPTION_TYPE");
constexpr int digits = 8;

// The app's fixed XOR mask (the same bytes Aegis and WinAuth use): obfuscation, not encryption.
QByteArray mask()
{
    return QByteArray::fromHex("398e27fc50276a656065b0e525f4c06c04c61075286b8e7aeda59da9813b5dd6"
                               "c80d2fb38068773fa59ba47c17ca6c6479015c1d5b8b8f6b9a");
}

// The masked hex value, unmasked: the secret as hex text, or the serial as ASCII.
std::optional<QByteArray> unmask(const QString &value)
{
    const QByteArray masked = QByteArray::fromHex(value.toLatin1());
    const QByteArray key = mask();
    if (masked.isEmpty() || masked.size() > key.size() || masked.size() * 2 != value.size())
        return std::nullopt;
    QByteArray out(masked.size(), '\0');
    for (qsizetype i = 0; i < masked.size(); ++i)
        out[i] = char(masked.at(i) ^ key.at(i));
    return out;
}
} // namespace

std::optional<ImportFormat::Protection> BattleNetImporter::detect(const ImportInput &input)
{
    if (!SharedPreferencesXml::mentions(input.bytes(), secretKey))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> BattleNetImporter::read(const ImportInput &input, const SecureBytes &)
{
    const auto prefs = SharedPreferencesXml::values(input.bytes(), formatId);
    if (!prefs)
        return std::unexpected(prefs.error());
    const QString masking = prefs->value(maskingKey, QStringLiteral("MASK"));
    if (masking != u"MASK")
        return failImport(ErrorCode::ImportUnsupported, formatId, masking.left(16), ErrorReason::Masking);

    ImportBuilder builder(formatId);
    ImportFields fields;
    fields.issuer = QStringLiteral("Battle.net");
    fields.digits = digits;
    if (const QString serial = prefs->value(serialKey); !serial.isEmpty()) {
        const auto plain = unmask(serial);
        if (!plain)
            return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("serial"));
        fields.name = QString::fromLatin1(*plain);
    }
    const QString secret = prefs->value(secretKey);
    if (secret.isEmpty()) {
        builder.reject(fields.issuer, fields.name,
                       Error{ErrorCode::ImportMissingField, QStringLiteral("secret")});
        return builder.finish();
    }
    auto hex = unmask(secret); // the secret as hex text
    if (!hex) {
        builder.reject(fields.issuer, fields.name, Error{ErrorCode::ImportBadSecret, QStringLiteral("hex")});
        return builder.finish();
    }
    auto bytes = SecretText::hex(QString::fromLatin1(*hex));
    hex->fill('\0');
    if (!bytes) {
        builder.reject(fields.issuer, fields.name, bytes.error());
        return builder.finish();
    }
    fields.secret = std::move(*bytes);
    builder.add(fields);
    return builder.finish();
}

} // namespace twofold
