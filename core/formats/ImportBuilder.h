// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "formats/ImportFields.h"
#include "transfer/ImportResult.h"

#include <QByteArrayView>

#include <optional>

namespace twofold {

// Collects an importer's entries: every one goes through the one validator (OtpAuthUri), and every one that
// cannot be used becomes an ImportProblem with its label, so nothing is dropped silently.
class ImportBuilder
{
public:
    explicit ImportBuilder(QString format);

    // Validates the fields (digits 0 means the type's default). Fields over ImportLimits::maxFieldBytes
    // reject the entry (ImportFieldTooLong, detail: the field).
    void add(const ImportFields &fields);
    // The fields with the secret an importer decoded from its text form, or, when that failed, a rejected
    // entry with the decoder's error.
    void add(ImportFields fields, Expected<SecureBytes> secret);
    // An entry stored as an otpauth URI. `extra` supplies tags, note and favourite, and the issuer and name
    // when the URI has none.
    void addUri(QByteArrayView uri, const ImportFields &extra = {});
    // Each meaningful line of a text export (TextLines::of; a leading byte order mark dropped) as a URI.
    void addUriLines(const QByteArray &text);
    // An entry already validated (e.g. from a Google transfer payload).
    void addOtp(const OtpAuthUri &otp, const ImportFields &extra = {});
    // An entry the importer itself found unusable (unsupported type, missing field, bad secret).
    void reject(const QString &issuer, const QString &name, Error error);

    // Twofold's own files carry what the vault holds, which the vault bounds by its file size rather than by
    // ImportLimits::maxFieldBytes.
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }

    // ImportTooLarge (TooManyEntries) when the file held more than ImportLimits::maxEntries entries.
    [[nodiscard]] Expected<ImportResult> finish();

    // The names files use for types and algorithms, case-insensitive ("TOTP", "HmacSHA256", "SHA-512").
    [[nodiscard]] static std::optional<OtpType> typeFrom(QStringView name);
    [[nodiscard]] static std::optional<HashAlgorithm> algorithmFrom(QStringView name);

private:
    QString label(const QString &issuer, const QString &name) const;
    void accept(ImportedAccount account);

    ImportResult m_result;
    int m_entries = 0;
    qsizetype m_maxFieldBytes;
};

} // namespace twofold
