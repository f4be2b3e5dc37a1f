// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;
class QCommandLineParser;

namespace twofold {

class VaultStore;

// `twofold init | list | show | add` over the vault, with the shared options --vault PATH and
// --password-file F. Each returns the process exit code (cli/ExitCode.h).
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    VaultCommands(QTextStream &out, QTextStream &err, QTextStream &in);

    int init(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int add(const QStringList &arguments);

protected:
    // Prints the error (plus `addendum`, e.g. which backup opens) as one line; returns its exit code.
    int report(const Error &error, const QString &addendum = {});
    int usageError(const QString &message);
    // Parses the shared and the command's own options; false after printing a usage error.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);
    // A new password from `file`, or typed twice at a prompt; nullopt after reporting (exitCode set).
    std::optional<SecureBytes> readNewPassword(const QString &file, const QString &prompt,
                                               const QString &mismatch, int &exitCode);
    // Unlocks the vault named by the options, prompting if needed, and merges conflict copies beside it.
    int unlock(QCommandLineParser &parser, VaultStore &store);

    static QString vaultPath(const QCommandLineParser &parser);
    static QString passwordFile(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;

private:
    int openVault(QCommandLineParser &parser, VaultStore &store);
};

} // namespace twofold
