// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/VaultCommands.h"
#include "vault/VaultKeys.h"

namespace twofold {

// `twofold passwd`: a new vault password, and with it a new data key, a fresh keyring slot (when the vault
// has one) and the automatic backups re-encrypted. Shares the vault options, prompts and error reporting of
// VaultCommands.
class PasswdCommand : public VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(PasswdCommand)

public:
    using VaultCommands::VaultCommands;

    // passwd [--vault V] [--password-file OLD] [--new-password-file NEW] [--keep-backups]: prints nothing on
    // success; notes (a raised KDF cost, backups left under the old password) go to stderr. Exit 2 bad input
    // (the new passwords differ, an empty one), 3 wrong current password, 4 damaged or newer vault; nothing
    // is changed then.
    int passwd(const QStringList &arguments);

private:
    // Re-encrypts the backups that were there before the change; returns ExitOk or ExitPartial.
    int reencryptBackups(const QStringList &backups, const SecureBytes &oldDataKey, const VaultKeys &keys);
    void note(const QString &text);
};

} // namespace twofold
