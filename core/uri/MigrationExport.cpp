// SPDX-License-Identifier: GPL-3.0-or-later
#include "uri/MigrationExport.h"

#include "migration.pb.h"

namespace twofold {

namespace {

std::optional<ErrorReason> unsupported(const OtpParameters &p)
{
    if (p.type() == OtpType::Steam)
        return ErrorReason::SteamType;
    if (p.algorithm() != HashAlgorithm::Sha1)
        return ErrorReason::Algorithm;
    if (p.digits() != 6 && p.digits() != 8)
        return ErrorReason::Digits;
    if (p.type() == OtpType::Totp && p.period() != OtpParameters::defaultPeriod)
        return ErrorReason::Period;
    return std::nullopt;
}

// The protobuf's own copies of a secret are cleared before they are freed.
void wipe(migration::MigrationPayload::OtpParameters &entry)
{
    std::fill(entry.mutable_secret()->begin(), entry.mutable_secret()->end(), '\0');
}

migration::MigrationPayload::OtpParameters entryFor(const OtpAuthUri &otp)
{
    using P = migration::MigrationPayload;
    P::OtpParameters entry;
    entry.set_secret(otp.secret().constData(), size_t(otp.secret().size()));
    // Google shows the name as the label and keeps the issuer apart, as its own exports do.
    entry.set_name(
        (otp.issuer().isEmpty() ? otp.name() : otp.issuer() + QLatin1Char(':') + otp.name()).toStdString());
    entry.set_issuer(otp.issuer().toStdString());
    entry.set_algorithm(P::ALGORITHM_SHA1);
    entry.set_digits(otp.parameters().digits() == 8 ? P::DIGIT_COUNT_EIGHT : P::DIGIT_COUNT_SIX);
    const bool hotp = otp.parameters().type() == OtpType::Hotp;
    entry.set_type(hotp ? P::OTP_TYPE_HOTP : P::OTP_TYPE_TOTP);
    if (hotp)
        entry.set_counter(qint64(otp.parameters().counter()));
    return entry;
}

SecureBytes link(const migration::MigrationPayload &payload)
{
    std::string bytes = payload.SerializeAsString();
    const QByteArray data =
        QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())).toBase64().toPercentEncoding();
    SecureBytes out(QByteArray("otpauth-migration://offline?data=") + data);
    std::fill(bytes.begin(), bytes.end(), '\0');
    return out;
}

} // namespace

MigrationExport::Codes MigrationExport::build(const QList<OtpAuthUri> &accounts, qint32 batchId,
                                              int accountsPerCode)
{
    using P = migration::MigrationPayload;
    Codes codes;
    // Each account's entry, then codes packed with as many entries as fit in count and size.
    QList<P::OtpParameters> entries;
    QList<QList<int>> groups;
    qsizetype groupBytes = 0;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (const auto reason = unsupported(accounts.at(i).parameters())) {
            codes.refused.append({int(i), Error{ErrorCode::TransferUnsupported, {}, {}, *reason}});
            continue;
        }
        P::OtpParameters entry = entryFor(accounts.at(i));
        const qsizetype bytes = qsizetype(entry.ByteSizeLong()) + 4; // plus its field tag and length
        if (bytes > maxPayloadBytes - 16) {                          // 16: the payload's own fields
            codes.refused.append(
                {int(i), Error{ErrorCode::TransferUnsupported, {}, {}, ErrorReason::NameTooLong}});
            wipe(entry);
            continue;
        }
        if (groups.isEmpty() || groups.constLast().size() >= qMax(1, accountsPerCode) ||
            groupBytes + bytes > maxPayloadBytes - 16) {
            groups.append(QList<int>());
            groupBytes = 0;
        }
        groups.last().append(int(entries.size()));
        groupBytes += bytes;
        entries.append(std::move(entry));
    }
    for (qsizetype index = 0; index < groups.size(); ++index) {
        P payload;
        payload.set_version(1);
        payload.set_batch_size(int(groups.size()));
        payload.set_batch_index(int(index));
        payload.set_batch_id(batchId);
        for (int entry : groups.at(index))
            *payload.add_otp_parameters() = entries.at(entry);
        codes.links.append(link(payload));
        for (auto &entry : *payload.mutable_otp_parameters())
            wipe(entry);
    }
    for (auto &entry : entries)
        wipe(entry);
    return codes;
}

} // namespace twofold
