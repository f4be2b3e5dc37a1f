#include "uri/MigrationExport.h"

#include "migration.pb.h"

namespace twofold {

namespace {

std::optional<QString> unsupported(const OtpParameters &p)
{
    if (p.type() == OtpType::Steam)
        return QStringLiteral("steam");
    if (p.algorithm() != HashAlgorithm::Sha1)
        return QStringLiteral("algorithm");
    if (p.digits() != 6 && p.digits() != 8)
        return QStringLiteral("digits");
    if (p.type() == OtpType::Totp && p.period() != OtpParameters::defaultPeriod)
        return QStringLiteral("period");
    return std::nullopt;
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
    QList<const OtpAuthUri *> transferable;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (const auto reason = unsupported(accounts.at(i).parameters()))
            codes.refused.append({int(i), Error{ErrorCode::TransferUnsupported, *reason}});
        else
            transferable.append(&accounts.at(i));
    }
    const int perCode = qMax(1, accountsPerCode);
    const int batchSize = int((transferable.size() + perCode - 1) / perCode);
    for (int index = 0; index < batchSize; ++index) {
        P payload;
        payload.set_version(1);
        payload.set_batch_size(batchSize);
        payload.set_batch_index(index);
        payload.set_batch_id(batchId);
        for (qsizetype i = qsizetype(index) * perCode;
             i < qMin(transferable.size(), qsizetype(index + 1) * perCode); ++i) {
            const OtpAuthUri &otp = *transferable.at(i);
            P::OtpParameters *entry = payload.add_otp_parameters();
            entry->set_secret(otp.secret().constData(), size_t(otp.secret().size()));
            // Google shows the name as the label and keeps the issuer apart, as its own exports do.
            entry->set_name(
                (otp.issuer().isEmpty() ? otp.name() : otp.issuer() + QLatin1Char(':') + otp.name())
                    .toStdString());
            entry->set_issuer(otp.issuer().toStdString());
            entry->set_algorithm(P::ALGORITHM_SHA1);
            entry->set_digits(otp.parameters().digits() == 8 ? P::DIGIT_COUNT_EIGHT : P::DIGIT_COUNT_SIX);
            const bool hotp = otp.parameters().type() == OtpType::Hotp;
            entry->set_type(hotp ? P::OTP_TYPE_HOTP : P::OTP_TYPE_TOTP);
            if (hotp)
                entry->set_counter(qint64(otp.parameters().counter()));
        }
        codes.links.append(link(payload));
        // The protobuf's own copies of the secrets are cleared before it is freed.
        for (auto &entry : *payload.mutable_otp_parameters())
            std::fill(entry.mutable_secret()->begin(), entry.mutable_secret()->end(), '\0');
    }
    return codes;
}

} // namespace twofold
