// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/KdfParameters.h"
#include "crypto/SecureBytes.h"
#include "formats/PaperBackupExporter.h"
#include "transfer/ExportAccount.h"
#include "transfer/ImportedAccount.h"

#include <QList>

#include <optional>

namespace twofold {

// Writes an export or backup file and proves it: the file is written atomically (mode 0600), read back,
// decrypted and compared account by account with what was meant to be written before success is reported.
class ExportFile
{
public:
    enum class Format
    {
        Twofold,    // the vault format, encrypted with its own password
        Aegis,      // Aegis-compatible, encrypted
        AegisPlain, // Aegis-compatible, NOT encrypted
        UriList,    // otpauth:// lines, NOT encrypted
        PaperPdf,   // printable QR codes and secrets, NOT encrypted
    };

    // "twofold", "aegis", "aegis-plain", "uris", "pdf".
    [[nodiscard]] static std::optional<Format> formatNamed(QStringView name);
    static bool isEncrypted(Format format);

    struct Options
    {
        SecureBytes password;             // encrypted formats; must not be empty
        std::optional<KdfParameters> kdf; // the Twofold format's password slot (default Argon2id; fresh salt)
        PaperBackupExporter::Text paperText; // the PDF's words
    };

    // prepare(), then store(): slow for encrypted formats (KDF), call it off the GUI thread. Errors: those of
    // both. On any error nothing at `path` has changed.
    [[nodiscard]] static Expected<void> write(const QString &path, Format format,
                                              const QList<ExportAccount> &accounts, const Options &options);

    // The bytes of the file for `path`, read back in memory through the importers and compared with
    // `accounts`: all the slow work (KDFs), nothing written. Errors: PasswordEmpty (an encrypted format
    // without a password), the exporter's, VerifyFailed (detail: the path).
    [[nodiscard]] static Expected<QByteArray>
    prepare(const QString &path, Format format, const QList<ExportAccount> &accounts, const Options &options);
    // Writes prepared bytes atomically (mode 0600); the synced file must read back as exactly those bytes
    // before it replaces `path`. No KDF. Errors: the write's (DiskFull, PermissionDenied, IoError…),
    // VerifyFailed (detail: the path).
    [[nodiscard]] static Expected<void> store(const QString &path, const QByteArray &bytes);

    // Whether `read` holds exactly `expected`, in order: issuer, name, secret, parameters, and where the
    // format keeps them, tags, note and favourite. Returns the first difference (machine words), or nothing.
    [[nodiscard]] static std::optional<QString>
    difference(const QList<ExportAccount> &expected, const QList<ImportedAccount> &read, bool withMetadata);
};

} // namespace twofold
