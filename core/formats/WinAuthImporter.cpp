// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinAuthImporter.h"

#include "crypto/WipedBytes.h"
#include "formats/ImportBuilder.h"
#include "formats/ZipArchive.h"

namespace twofold {

namespace {
const QString formatId = QStringLiteral("winauth");

bool isWinAuthName(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    return name.startsWith(u"winauth", Qt::CaseInsensitive) && name.endsWith(u".txt", Qt::CaseInsensitive);
}
} // namespace

std::optional<ImportFormat::Protection> WinAuthImporter::detect(const ImportInput &input)
{
    const QStringList names = ZipArchive::names(input.bytes());
    if (!std::any_of(names.begin(), names.end(), isWinAuthName))
        return std::nullopt;
    return ImportFormat::Protection::Password;
}

Expected<ImportResult> WinAuthImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const auto text = ZipArchive::readFile(input.bytes(), formatId, u"winauth", u".txt", password);
    if (!text)
        return std::unexpected(text.error());
    const WipedBytes lines(*text);
    ImportBuilder builder(formatId);
    builder.addUriLines(lines.bytes());
    return builder.finish();
}

} // namespace twofold
