// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferCodes.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"
#include "crypto/RandomSource.h"
#include "uri/MigrationExport.h"
#include "vault/AccountSource.h"

namespace twofold {

TransferCodes::TransferCodes(QObject *parent)
    : QObject(parent)
{}

TransferCodes::TransferCodes(const AccountSource &vault, QObject *parent)
    : QObject(parent)
    , m_vault(&vault)
{}

void TransferCodes::prepare()
{
    const QList<ExportAccount> all = (m_vault ? *m_vault : AccountSource::app()).exportAccounts();
    QList<OtpAuthUri> accounts;
    for (const ExportAccount &account : all)
        accounts.append(account.otp);
    const QByteArray id = RandomSource::system().bytes(4).toByteArray();
    const qint32 batchId =
        qint32(quint32(uchar(id[0])) << 24 | uchar(id[1]) << 16 | uchar(id[2]) << 8 | uchar(id[3]));
    MigrationExport::Codes codes = MigrationExport::build(accounts, batchId);
    m_links = std::move(codes.links);
    m_refused.clear();
    for (const MigrationExport::Refused &refused : codes.refused) {
        const OtpAuthUri &otp = accounts.at(refused.index);
        QString label = DisplayText::clean(
            otp.issuer().isEmpty() ? otp.name() : otp.issuer() + QLatin1Char(':') + otp.name());
        if (label.size() > 60) // a 5,000-character name must not fill the dialog
            label = label.left(59) + QChar(0x2026);
        m_refused << label + QStringLiteral(": ") + ErrorText::describe(refused.error);
    }
    m_accounts = int(accounts.size() - codes.refused.size());
    Q_EMIT changed();
}

void TransferCodes::clear()
{
    m_links.clear();
    m_refused.clear();
    m_accounts = 0;
    Q_EMIT changed();
}

} // namespace twofold
