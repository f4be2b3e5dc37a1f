// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxImporter.h"

#include "crypto/Digest.h"
#include "formats/kdbx/KdbxCompositeKey.h"
#include "formats/kdbx/KdbxError.h"
#include "formats/kdbx/KdbxHeader.h"
#include "formats/kdbx/KdbxPayload.h"
#include "formats/kdbx/KdbxXmlReader.h"

namespace twofold {

std::optional<ImportFormat::Protection> KdbxImporter::detect(const ImportInput &input)
{
    if (!KdbxHeader::looksLikeKeePass(input.bytes()))
        return std::nullopt;
    return ImportFormat::Protection::Password;
}

Expected<ImportResult> KdbxImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const QByteArrayView file = input.bytes();
    const auto header = KdbxHeader::parse(file);
    if (!header)
        return std::unexpected(header.error());
    if (header->major == 4) {
        // The header's own checksum, before the KDF: a changed header is damage, not a wrong password.
        if (file.size() < header->size + 64)
            return KdbxError::damaged("header");
        if (Digest::sha256(file.first(header->size)) != file.sliced(header->size, 32))
            return KdbxError::damaged("header checksum");
    }
    const auto key = KdbxCompositeKey::make(password, input.keyFile());
    if (!key)
        return std::unexpected(key.error());
    const auto payload = KdbxPayload::open(*header, file, *key);
    if (!payload)
        return std::unexpected(payload.error());
    return KdbxXmlReader::read(payload->xml, payload->innerStreamId, payload->innerStreamKey);
}

} // namespace twofold
