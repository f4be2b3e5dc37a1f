// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperBackupExporter.h"

#include "encoding/Base32.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace twofold {

namespace {

constexpr int accountsPerPage = 4;

QString label(const ExportAccount &account)
{
    const QString &issuer = account.otp.issuer();
    const QString &name = account.otp.name();
    return issuer.isEmpty() ? name : name.isEmpty() ? issuer : issuer + QStringLiteral(" — ") + name;
}

QString details(const OtpParameters &p, const PaperBackupExporter::Text &text)
{
    return QStringList{otpTypeName(p.type()).toUpper(), hashAlgorithmName(p.algorithm()),
                       text.digits.arg(p.digits()),
                       p.isTimeBased() ? text.period.arg(p.period()) : text.counter.arg(p.counter())}
        .join(QStringLiteral(" · "));
}

// The secret in groups of four characters, as people copy it by hand.
QString groupedSecret(const SecureBytes &secret)
{
    const QString base32 = QString::fromLatin1(Base32::encode(secret).toByteArray());
    QString grouped;
    for (qsizetype i = 0; i < base32.size(); i += 4)
        grouped += base32.mid(i, 4) + QLatin1Char(' ');
    return grouped.trimmed();
}

} // namespace

Expected<QByteArray> PaperBackupExporter::write(const QList<ExportAccount> &accounts, const QDateTime &when,
                                                const Text &text)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Twofold paper backup"));
    writer.setCreator(QStringLiteral("Twofold"));

    QPainter painter(&writer);
    const QRect page = painter.viewport();
    const int rowHeight = (page.height() - 200) / accountsPerPage;
    const int qrSide = qMin(rowHeight - 40, page.width() / 3);
    QFont heading = painter.font();
    heading.setPointSize(14);
    heading.setBold(true);
    QFont body = painter.font();
    body.setPointSize(10);
    QFont mono(QStringLiteral("monospace"), 11);
    mono.setStyleHint(QFont::Monospace);

    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const int slot = int(i % accountsPerPage);
        if (slot == 0) {
            if (i > 0)
                writer.newPage();
            painter.setFont(body);
            painter.drawText(QRect(0, 0, page.width(), 160), Qt::AlignLeft | Qt::AlignTop,
                             text.heading.arg(QLocale().toString(when, QLocale::LongFormat))
                                     .arg(i / accountsPerPage + 1)
                                     .arg((accounts.size() + accountsPerPage - 1) / accountsPerPage) +
                                 QLatin1Char('\n') + text.warning);
        }
        const ExportAccount &account = accounts.at(i);
        const SecureBytes uri = account.otp.toUri();
        const QImage qr = QrEncoder::encode(uri.toByteArray(), 8);
        const auto read = QrDecoder::decode(qr);
        if (!read || read->size() != 1 || read->constFirst() != uri.toByteArray())
            return fail(ErrorCode::VerifyFailed, label(account));

        const int top = 200 + slot * rowHeight;
        painter.drawImage(QRect(0, top, qrSide, qrSide), qr);
        const int textLeft = qrSide + 60;
        const int textWidth = page.width() - textLeft;
        painter.setFont(heading);
        painter.drawText(QRect(textLeft, top, textWidth, 90), Qt::AlignLeft | Qt::TextWordWrap,
                         label(account));
        painter.setFont(body);
        painter.drawText(QRect(textLeft, top + 100, textWidth, 60), Qt::AlignLeft,
                         details(account.otp.parameters(), text));
        painter.setFont(mono);
        painter.drawText(QRect(textLeft, top + 170, textWidth, qrSide - 170),
                         Qt::AlignLeft | Qt::TextWordWrap, groupedSecret(account.otp.secret()));
    }
    if (!painter.end())
        return fail(ErrorCode::IoError, QStringLiteral("pdf"));
    return pdf;
}

} // namespace twofold
