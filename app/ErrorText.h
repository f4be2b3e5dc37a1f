// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "vault/RollbackGuard.h"

#include <QCoreApplication>

namespace twofold {

// The one place where core's error codes become sentences people read, in their language.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const Error &error);
    // The warning for a vault older than the newest one opened on this computer (window and CLI alike).
    static QString rollback(const RollbackGuard::Rollback &rollback);

private:
    static QString formatName(const QString &id);
    static QString unsupportedImport(const Error &error);
    static QString reasonWord(ErrorReason reason);
};

} // namespace twofold
