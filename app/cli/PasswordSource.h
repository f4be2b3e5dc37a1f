// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace twofold {

// Where the command line gets a password: a file (`--password-file F`: its first line, without the
// newline) or an interactive prompt on the terminal with echo off. Bytes go straight into secure
// memory, exactly as typed (the KDF gets the UTF-8 bytes).
class PasswordSource
{
public:
    explicit PasswordSource(QString passwordFile);

    bool isInteractive() const { return m_file.isEmpty(); }

    // Errors: VaultNotFound/PermissionDenied/IoError for the file, PasswordEmpty, or NoTerminal (as
    // IoError with detail "no terminal") when a prompt is needed but there is no terminal.
    [[nodiscard]] Expected<SecureBytes> read(const QString &prompt) const;

private:
    QString m_file;
};

} // namespace twofold
