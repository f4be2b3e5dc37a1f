// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "transfer/ExportAccount.h"

#include <QDateTime>
#include <QList>

namespace twofold {

// A printable PDF (QPdfWriter): per account its QR code, issuer and name, and the secret as text, so it can
// be restored by scanning or typing. Each QR image is decoded again before it goes on the page.
// Not encrypted: the app asks for an explicit confirmation before writing one.
class PaperBackupExporter
{
public:
    // The page's words, in the user's language (core carries no text of its own).
    struct Text
    {
        QString heading; // %1 date, %2 page, %3 pages
        QString warning;
        QString digits;  // %1 digits
        QString period;  // %1 seconds
        QString counter; // %1 counter
    };

    // Errors: VerifyFailed (detail: the account whose QR code did not read back).
    [[nodiscard]] static Expected<QByteArray> write(const QList<ExportAccount> &accounts,
                                                    const QDateTime &when, const Text &text);
};

} // namespace twofold
