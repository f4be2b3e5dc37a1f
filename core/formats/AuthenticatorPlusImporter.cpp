// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorPlusImporter.h"

#include "crypto/WipedBytes.h"
#include "formats/ImportBuilder.h"
#include "formats/SqliteDatabase.h"
#include "formats/ZipArchive.h"

#include <array>

namespace twofold {

namespace {

const QString formatId = QStringLiteral("authenticator-plus");
const QString accountsFile = QStringLiteral("Accounts.txt");

bool isAccountsName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1).compare(accountsFile, Qt::CaseInsensitive) == 0;
}

// SQLCipher encrypts whole pages (1 KiB in SQLCipher 1–3, 4 KiB in 4) and leaves nothing in clear: the
// first 16 bytes are the random KDF salt. So: whole pages, not plain SQLite, and a byte histogram as
// flat as random data's (chi-square, 255 degrees of freedom: mean 255, deviation ~23; text, structured
// binary and plain SQLite files score in the thousands).
bool looksLikeSqlCipher(const QByteArray &data)
{
    constexpr qsizetype page = 1024;
    if (data.size() < page || data.size() % page != 0 || SqliteDatabase::looksLike(data))
        return false;
    std::array<qsizetype, 256> counts{};
    for (char c : data)
        ++counts[quint8(c)];
    const double expected = double(data.size()) / 256;
    double chiSquare = 0;
    for (qsizetype count : counts)
        chiSquare += (double(count) - expected) * (double(count) - expected) / expected;
    return chiSquare < 400;
}

} // namespace

std::optional<ImportFormat::Protection> AuthenticatorPlusImporter::detect(const ImportInput &input)
{
    if (ZipArchive::looksLike(input.bytes())) {
        const QStringList names = ZipArchive::names(input.bytes());
        if (std::any_of(names.begin(), names.end(), isAccountsName))
            return ImportFormat::Protection::Password;
        return std::nullopt;
    }
    // Unsupported either way: no password is asked for only to say so.
    if (looksLikeSqlCipher(input.bytes()))
        return ImportFormat::Protection::None;
    return std::nullopt;
}

Expected<ImportResult> AuthenticatorPlusImporter::read(const ImportInput &input, const SecureBytes &password)
{
    if (!ZipArchive::looksLike(input.bytes()))
        return failImport(ErrorCode::ImportUnsupported, formatId, {}, ErrorReason::EncryptedDatabase);
    const auto text = ZipArchive::readFile(input.bytes(), formatId, accountsFile, password);
    if (!text)
        return std::unexpected(text.error());
    const WipedBytes lines(*text);
    ImportBuilder builder(formatId);
    builder.addUriLines(lines.bytes());
    return builder.finish();
}

} // namespace twofold
