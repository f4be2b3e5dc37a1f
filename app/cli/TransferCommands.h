// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/VaultCommands.h"
#include "transfer/ImportResult.h"

#include <QCommandLineOption>

#include <variant>

namespace twofold {

// `twofold inspect | import` (and export, in ImageCommands): moving accounts between Twofold and other apps'
// files. Shares the vault options, prompts and error reporting of VaultCommands.
class TransferCommands : public VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    using VaultCommands::VaultCommands;

    // inspect FILE [--password-file F] [--key-file K]: the accounts found as otpauth URIs on stdout, rejected
    // entries on stderr. Exit 0 all read, 1 some rejected, 2 unreadable, 3 wrong password.
    int inspect(const QStringList &arguments);
    // import FILE [--import-password-file F] [--key-file K] [--duplicates skip|add] + vault options.
    // --key-file: a KeePass database's key file; with it, the file's password is optional.
    int importFile(const QStringList &arguments);

private:
    // Reads and decodes FILE, asking for its password when it is protected. Returns an exit code on failure.
    std::variant<ImportResult, int> readImport(const QString &path, const QString &passwordFile,
                                               const QString &keyFile);
    static QCommandLineOption keyFileOption();
    void reportRejected(const QList<ImportProblem> &rejected);
};

} // namespace twofold
