// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace twofold {

// Every error the KeePass reader creates, in one place: its format id and the machine words of its details.
struct KdbxError
{
    static QString formatId() { return QStringLiteral("keepassxc"); }

    static std::unexpected<Error> damaged(const char *what)
    {
        return failImport(ErrorCode::ImportDamaged, formatId(), QLatin1StringView(what));
    }
    // `reason` None when no reason names it: the detail alone is shown ("inner stream 1").
    static std::unexpected<Error> unsupported(ErrorReason reason, const QString &detail)
    {
        return failImport(ErrorCode::ImportUnsupported, formatId(), detail, reason);
    }
    static std::unexpected<Error> wrongKey()
    {
        return failImport(ErrorCode::ImportWrongPassword, formatId());
    }
    static std::unexpected<Error> kdfTooCostly()
    {
        return failImport(ErrorCode::ImportKdfTooCostly, formatId());
    }
    // FileTooLarge or TooManyEntries, as the other importers say it.
    static std::unexpected<Error> tooLarge(ErrorReason reason)
    {
        return fail(ErrorCode::ImportTooLarge, reason);
    }
};

} // namespace twofold
