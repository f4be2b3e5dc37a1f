// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportFormat.h"

#include <QList>

namespace twofold {

// The one entry point for files from other apps: recognises the format from the content (never the file
// name) and runs its reader. Pure: bytes and a password in, accounts and per-entry problems out.
class Importer
{
public:
    struct Detection
    {
        const ImportFormat *format;
        bool needsPassword;
    };

    // Every supported format, most specific first.
    [[nodiscard]] static const QList<ImportFormat> &formats();
    [[nodiscard]] static const ImportFormat *format(QStringView id);

    // Errors: ImportTooLarge (FileTooLarge), ImportUnknownFormat.
    [[nodiscard]] static Expected<Detection> detect(const QByteArray &data);
    // Errors: those of detect(), ImportPasswordNeeded (detail: format id) when the content is protected
    // and neither `password` nor `keyFile` is given, then the format's own. `keyFile`: the bytes of a key
    // file, for the formats that take one (formatTakesKeyFile()).
    [[nodiscard]] static Expected<ImportResult> read(const QByteArray &data, const SecureBytes &password = {},
                                                     const SecureBytes &keyFile = {});
    // Whether the format can be unlocked with a key file (KeePass), so the front end offers to choose one.
    [[nodiscard]] static bool formatTakesKeyFile(const ImportFormat &format);

    // The bytes of a file to import, refusing one over ImportLimits::maxFileBytes before reading it.
    // Errors: FileNotFound, PermissionDenied, IoError, ImportTooLarge (FileTooLarge).
    [[nodiscard]] static Expected<QByteArray> readFile(const QString &path);
};

} // namespace twofold
