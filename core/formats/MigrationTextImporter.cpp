// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationTextImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/TextLines.h"
#include "uri/MigrationPayload.h"

namespace twofold {

std::optional<ImportFormat::Protection> MigrationTextImporter::detect(const ImportInput &input)
{
    if (!TextLines::startWith(input.bytes(), "otpauth-migration://"))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> MigrationTextImporter::read(const ImportInput &input, const SecureBytes &)
{
    ImportBuilder builder(QStringLiteral("google-migration"));
    const QList<QByteArray> lines = TextLines::of(input.bytes());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto payload = MigrationPayload::parse(lines.at(i));
        if (!payload) {
            builder.reject(QString(), QString(), payload.error()); // labelled by its position
            continue;
        }
        for (const OtpAuthUri &otp : payload->accounts)
            builder.addOtp(otp);
        for (const MigrationPayload::Rejected &rejected : payload->rejected)
            builder.reject(QString(), rejected.label, rejected.error);
    }
    return builder.finish();
}

} // namespace twofold
