// SPDX-License-Identifier: GPL-3.0-or-later
#include "UriListExporter.h"

namespace twofold {

SecureBytes UriListExporter::write(const QList<ExportAccount> &accounts)
{
    SecureBytes out(
        QByteArray("# Twofold export: otpauth:// links, NOT ENCRYPTED. Anyone with this file has your "
                   "codes.\n"));
    for (const ExportAccount &account : accounts) {
        out.append(account.otp.toUri());
        out.append(SecureBytes(QByteArray("\n")));
    }
    return out;
}

} // namespace twofold
