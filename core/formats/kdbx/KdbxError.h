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
        return fail(ErrorCode::ImportDamaged, formatId() + QStringLiteral(": ") + QLatin1StringView(what));
    }
    static std::unexpected<Error> unsupported(const QString &what)
    {
        return fail(ErrorCode::ImportUnsupported, formatId() + QStringLiteral(": ") + what);
    }
    static std::unexpected<Error> wrongKey() { return fail(ErrorCode::ImportWrongPassword, formatId()); }
    // detail "file" or "entries", as the other importers say it.
    static std::unexpected<Error> tooLarge(const char *what)
    {
        return fail(ErrorCode::ImportTooLarge, QLatin1StringView(what));
    }
};

} // namespace twofold
