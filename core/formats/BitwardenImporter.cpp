// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenImporter.h"

#include "crypto/WipedBytes.h"
#include "formats/BitwardenCipher.h"
#include "formats/BitwardenItems.h"
#include "formats/CsvReader.h"
#include "formats/DamagedJson.h"

namespace twofold {

namespace {
const QLatin1StringView formatId("bitwarden");

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QLatin1StringView(what));
}

// The CSV header names the columns; `login_totp` is what makes it Bitwarden's.
std::optional<QStringList> csvHeader(const QByteArray &bytes)
{
    QByteArrayView text(bytes);
    const qsizetype end = text.indexOf('\n');
    const QByteArrayView first = text.first(end < 0 ? qMin(text.size(), qsizetype(4096)) : end);
    const auto records = CsvReader::parse(first);
    if (!records || records->size() != 1)
        return std::nullopt;
    QStringList header;
    for (const QString &column : records->first())
        header.append(column.trimmed().toLower());
    if (!header.contains(u"login_totp") || !header.contains(u"name"))
        return std::nullopt;
    return header;
}

bool isPasswordProtected(const QJsonObject &root)
{
    return root.value(u"encrypted").toBool() && root.value(u"passwordProtected").toBool();
}

Expected<ImportResult> readCsv(const QByteArray &bytes)
{
    const auto records = CsvReader::parse(bytes);
    if (!records || records->isEmpty())
        return damaged("csv");
    const auto found = csvHeader(bytes);
    if (!found)
        return damaged("csv");
    const QStringList header = *found;
    const auto column = [&](const QStringList &record, QStringView name) {
        const qsizetype index = header.indexOf(name);
        return index >= 0 && index < record.size() ? record.at(index) : QString();
    };
    ImportBuilder builder(formatId);
    for (qsizetype row = 1; row < records->size(); ++row) {
        const QStringList &record = records->at(row);
        const QString totp = column(record, u"login_totp").trimmed();
        const QString type = column(record, u"type");
        if (totp.isEmpty() || (!type.isEmpty() && type != u"login"))
            continue; // not an account: a login without a TOTP value, a note, a card
        ImportFields extra;
        extra.issuer = column(record, u"name");
        extra.name = column(record, u"login_username");
        extra.note = column(record, u"notes");
        extra.favourite = column(record, u"favorite") == u"1";
        if (const QString folder = column(record, u"folder"); !folder.isEmpty())
            extra.tags.append(folder);
        BitwardenItems::addTotp(builder, totp, extra);
    }
    return builder.finish();
}

Expected<ImportResult> readJson(const QJsonObject &root)
{
    ImportBuilder builder(formatId);
    if (const auto added = BitwardenItems::add(builder, root, formatId); !added)
        return std::unexpected(added.error());
    return builder.finish();
}
} // namespace

std::optional<ImportFormat::Protection> BitwardenImporter::detect(const ImportInput &input)
{
    const QJsonObject root = input.object();
    if (root.value(u"encrypted").isBool()) {
        if (isPasswordProtected(root))
            return ImportFormat::Protection::Password;
        if (root.value(u"encrypted").toBool()) {
            // Account-restricted (read() explains), recognised by Bitwarden's own key names.
            if (root.contains(u"encKeyValidation_DO_NOT_EDIT") || root.value(u"items").isArray())
                return ImportFormat::Protection::None;
            return std::nullopt;
        }
        // The Bitwarden Authenticator app's export has neither folders nor collections.
        if (root.value(u"items").isArray() && (root.contains(u"folders") || root.contains(u"collections")))
            return ImportFormat::Protection::None;
        return std::nullopt;
    }
    if (DamagedJson::looksLike(input, {"\"encrypted\"", "\"passwordProtected\""}))
        return ImportFormat::Protection::Password;
    if (DamagedJson::looksLike(input, {"\"encrypted\"", "\"encKeyValidation_DO_NOT_EDIT\""}) ||
        DamagedJson::looksLike(input, {"\"encrypted\"", "\"items\""}))
        return ImportFormat::Protection::None;
    if (!input.json() && csvHeader(input.bytes()))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> BitwardenImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QJsonObject root = input.object();
    if (root.isEmpty()) {
        if (input.json() || DamagedJson::looksLike(input, {"\"encrypted\""}))
            return damaged("json");
        return readCsv(input.bytes());
    }
    if (!root.value(u"encrypted").toBool())
        return readJson(root);
    if (!root.value(u"passwordProtected").toBool())
        return failImport(ErrorCode::ImportUnsupported, formatId, {}, ErrorReason::AccountRestricted);

    auto plain = BitwardenCipher::open(root, password);
    if (!plain)
        return std::unexpected(plain.error());
    const WipedBytes text(*plain);
    const ImportInput inner(text.bytes());
    const QJsonObject decrypted = inner.object();
    if (decrypted.isEmpty() || decrypted.value(u"encrypted").toBool())
        return damaged("decrypted json");
    return readJson(decrypted);
}

} // namespace twofold
