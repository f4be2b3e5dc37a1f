// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ImportProblem.h"
#include "transfer/ImportedAccount.h"

#include <QList>

namespace twofold {

// What one file (or QR code, or pasted text) holds: the one shape every way in produces ("ImportBatch").
struct ImportResult
{
    QString format; // the format's id in Importer::formats(), e.g. "aegis"
    QList<ImportedAccount> accounts;
    QList<ImportProblem> rejected;
};

} // namespace twofold
