// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnteImporter.h"

#include "crypto/KdfParameters.h"
#include "crypto/Sodium.h"
#include "crypto/WipedBytes.h"
#include "formats/DamagedJson.h"
#include "formats/ImportBuilder.h"
#include "formats/KdfBudget.h"
#include "formats/TextLines.h"

#include <QJsonArray>

#include <cmath>

namespace twofold {

namespace {
const QLatin1StringView formatId("ente");

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QLatin1StringView(what));
}

std::optional<QByteArray> base64(const QJsonValue &value)
{
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

// A cost as the file gives it; anything but a non-negative integer becomes 0, which no bound accepts.
quint64 cost(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 1e15)
        return 0;
    return quint64(number);
}

// Ente's own backup code sometimes writes a line as a JSON string; decode it first.
QByteArray unquoted(const QByteArray &line)
{
    if (line.size() < 2 || !line.startsWith('"') || !line.endsWith('"'))
        return line;
    const ImportInput quoted(QByteArray('[' + line + ']'));
    const QJsonDocument *document = quoted.json();
    return document && document->isArray() ? document->array().at(0).toString().toUtf8() : line;
}
} // namespace

std::optional<ImportFormat::Protection> EnteImporter::detect(const ImportInput &input)
{
    if (input.hasKeys({QLatin1StringView("kdfParams"), QLatin1StringView("encryptedData"),
                       QLatin1StringView("encryptionNonce")}) ||
        DamagedJson::looksLike(input, {"\"kdfParams\"", "\"encryptedData\""}))
        return ImportFormat::Protection::Password;
    return std::nullopt;
}

Expected<ImportResult> EnteImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QJsonObject root = input.object();
    if (root.isEmpty())
        return damaged("json");
    if (root.value(u"version").toInt(-1) != 1)
        return failImport(ErrorCode::ImportUnsupported, formatId,
                          QString::number(root.value(u"version").toDouble(-1)), ErrorReason::Version);
    const QJsonObject kdf = root.value(u"kdfParams").toObject();
    const auto salt = base64(kdf.value(u"salt"));
    if (!salt || salt->size() != Sodium::saltSize)
        return damaged("salt");
    const auto header = base64(root.value(u"encryptionNonce"));
    if (!header || header->size() != Sodium::streamHeaderSize)
        return damaged("nonce");
    const auto data = base64(root.value(u"encryptedData"));
    if (!data || data->size() < Sodium::streamOverhead)
        return damaged("data");

    // Bounded before anything is allocated: memLimit is in bytes, crypto_pwhash uses one lane.
    const quint64 memLimit = cost(kdf.value(u"memLimit"));
    const quint64 opsLimit = cost(kdf.value(u"opsLimit"));
    KdfParameters bounds;
    bounds.algorithm = KdfParameters::Algorithm::Argon2id;
    bounds.salt = *salt;
    bounds.memoryKiB = quint32(qMin<quint64>(memLimit / 1024, std::numeric_limits<quint32>::max()));
    bounds.iterations = quint32(qMin<quint64>(opsLimit, std::numeric_limits<quint32>::max()));
    bounds.lanes = 1;
    if (const auto valid = bounds.validate(); !valid)
        return std::unexpected(valid.error());
    if (const auto within = KdfBudget::check(formatId, 1, KdfBudget::argon2(memLimit / 1024, opsLimit));
        !within)
        return std::unexpected(within.error());

    const auto key = Sodium::argon2id(password, *salt, opsLimit, memLimit, Sodium::keySize);
    if (!key)
        return std::unexpected(key.error());
    const auto plain = Sodium::openStreamMessage(*key, *header, *data);
    if (!plain && plain.error().code == ErrorCode::AuthenticationFailed)
        return failImport(ErrorCode::ImportWrongPassword, formatId);
    if (!plain)
        return std::unexpected(plain.error());

    ImportBuilder builder(formatId);
    const WipedBytes text(*plain);
    for (const QByteArray &line : TextLines::of(text.bytes()))
        builder.addUri(unquoted(line));
    return builder.finish();
}

} // namespace twofold
