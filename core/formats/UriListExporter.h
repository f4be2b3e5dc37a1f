// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "transfer/ExportAccount.h"

#include <QList>

namespace twofold {

// A plain text file with one canonical otpauth:// URI per line, which almost every authenticator imports.
// Not encrypted: the app asks for an explicit confirmation before writing one.
class UriListExporter
{
public:
    [[nodiscard]] static SecureBytes write(const QList<ExportAccount> &accounts);
};

} // namespace twofold
