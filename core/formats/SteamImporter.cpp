// SPDX-License-Identifier: GPL-3.0-or-later
#include "SteamImporter.h"

#include "formats/DamagedJson.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"

namespace twofold {

namespace {
const QLatin1StringView formatId("steam");

// The objects holding one account each: the root itself, or the values of its `accounts` map.
QList<QJsonObject> accountsOf(const QJsonObject &root)
{
    if (root.contains(u"shared_secret"))
        return {root};
    QList<QJsonObject> out;
    const QJsonObject accounts = root.value(u"accounts").toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        if (it.value().toObject().contains(u"shared_secret"))
            out.append(it.value().toObject());
    }
    return out;
}
} // namespace

std::optional<ImportFormat::Protection> SteamImporter::detect(const ImportInput &input)
{
    if (!accountsOf(input.object()).isEmpty() || DamagedJson::looksLike(input, {"\"shared_secret\""}))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> SteamImporter::read(const ImportInput &input, const SecureBytes &)
{
    const QList<QJsonObject> accounts = accountsOf(input.object());
    if (accounts.isEmpty())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("json"));
    ImportBuilder builder(formatId);
    for (const QJsonObject &account : accounts) {
        ImportFields fields;
        fields.issuer = QStringLiteral("Steam");
        fields.name = account.value(u"account_name").toString();
        fields.type = OtpType::Steam;
        builder.add(std::move(fields), SecretText::base64(account.value(u"shared_secret").toString()));
    }
    return builder.finish();
}

} // namespace twofold
