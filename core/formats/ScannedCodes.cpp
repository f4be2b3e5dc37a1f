// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScannedCodes.h"

#include "formats/ImportBuilder.h"
#include "uri/MigrationPayload.h"

namespace twofold {

namespace {

bool startsWith(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

Expected<int> ScannedCodes::add(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (m_seen.contains(trimmed))
        return 0;
    if (startsWith(trimmed, "otpauth-migration:")) {
        auto payload = MigrationPayload::parse(trimmed);
        if (!payload)
            return std::unexpected(payload.error());
        QSet<int> &indices = m_batchIndices[payload->batchId];
        indices.insert(payload->batchIndex);
        m_batches[payload->batchId] = {int(indices.size()), payload->batchSize};
        m_seen.insert(trimmed);
        m_texts.append(trimmed);
        return int(payload->accounts.size() + payload->rejected.size());
    }
    if (!startsWith(trimmed, "otpauth:"))
        return fail(ErrorCode::UriBadScheme,
                    QString::fromUtf8(trimmed.left(trimmed.indexOf(':') + 1).left(16)));
    m_seen.insert(trimmed);
    m_texts.append(trimmed);
    return 1;
}

QList<ScannedCodes::Batch> ScannedCodes::incompleteBatches() const
{
    QList<Batch> out;
    for (const Batch &batch : m_batches) {
        if (batch.scanned < batch.total)
            out.append(batch);
    }
    return out;
}

Expected<ImportResult> ScannedCodes::result() const
{
    ImportBuilder builder(QStringLiteral("qr"));
    for (const QByteArray &text : m_texts) {
        if (!startsWith(text, "otpauth-migration:")) {
            builder.addUri(text);
            continue;
        }
        const auto payload = MigrationPayload::parse(text);
        for (const OtpAuthUri &otp : payload->accounts)
            builder.addOtp(otp);
        for (const MigrationPayload::Rejected &rejected : payload->rejected)
            builder.reject(QString(), rejected.label, rejected.error);
    }
    return builder.finish();
}

} // namespace twofold
