// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenAuthenticatorImporter.h"

#include "formats/BitwardenItems.h"

namespace twofold {

namespace {
const QLatin1StringView formatId("bitwarden-authenticator");
} // namespace

std::optional<ImportFormat::Protection> BitwardenAuthenticatorImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    const QJsonValue encrypted = root.value(u"encrypted");
    if (!encrypted.isBool() || encrypted.toBool() || !root.value(u"items").isArray() ||
        root.contains(u"folders") || root.contains(u"collections"))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> BitwardenAuthenticatorImporter::read(const ImportInput &input, const SecureBytes &)
{
    ImportBuilder builder(formatId);
    if (const auto added = BitwardenItems::add(builder, input.object(), formatId); !added)
        return std::unexpected(added.error());
    return builder.finish();
}

} // namespace twofold
