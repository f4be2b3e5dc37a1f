// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PasswdCommand.h"

#include "ErrorText.h"
#include "cli/ExitCode.h"
#include "cli/PasswordSource.h"
#include "keyring/Keyring.h"
#include "vault/VaultRekey.h"
#include "vault/VaultStore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace twofold {

void PasswdCommand::note(const QString &text)
{
    m_err << "twofold: " << text << '\n';
    m_err.flush();
}

int PasswdCommand::passwd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption newPasswordFile(QStringLiteral("new-password-file"), QString(),
                                             QStringLiteral("FILE"));
    const QCommandLineOption keepBackups(QStringLiteral("keep-backups"));
    parser.addOptions({newPasswordFile, keepBackups});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("passwd: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));

    // The current password, never the keyring: whoever changes the password must know it.
    VaultStore store(vaultPath(parser));
    if (!store.exists())
        return report({ErrorCode::VaultNotFound, store.path()});
    const auto current = PasswordSource(passwordFile(parser)).read(tr("Current vault password: "));
    if (!current)
        return report(current.error());
    if (const auto unlocked = store.unlock(*current); !unlocked)
        return report(unlocked.error());
    const auto password =
        readNewPassword(parser.value(newPasswordFile), tr("New vault password: "),
                        tr("passwd: the new passwords differ; nothing was changed"), exitCode);
    if (!password)
        return exitCode;

    const VaultKeys old = *store.keys();
    const auto kdf = VaultRekey::kdfFor(old, KdfParameters::defaultArgon2id({}),
                                        RandomSource::system().bytes(16).toByteArray());
    auto keys = VaultKeys::create(*password, kdf.parameters, RandomSource::system());
    if (!keys)
        return report(keys.error());
    // A vault that unlocks with the keyring keeps doing so, under a fresh entry: the old one opens only
    // files written before the change.
    const QString oldEntry = old.keyringId();
    QString newEntry;
    if (!oldEntry.isEmpty()) {
        const SecureBytes slotKey = Keyring::newSlotKey();
        const QString id = Keyring::newEntryId();
        const auto slotted = Keyring::storeBlocking(id, slotKey).and_then([&] {
            return keys->setKeyringSlot(id, slotKey, RandomSource::system());
        });
        if (slotted)
            newEntry = id;
        else
            note(tr("keyring unlock is now off: %1").arg(ErrorText::describe(slotted.error())));
    }
    const QStringList backups = store.backups();
    const auto saved = store.changeKeys(*keys).and_then([&] { return store.save(); });
    if (!saved) {
        if (!newEntry.isEmpty())
            (void)Keyring::removeBlocking(newEntry); // unused: the vault on disk is unchanged
        return report(saved.error());
    }
    if (const auto &warning = store.saveWarning())
        note(tr("saved, with a warning: %1").arg(ErrorText::describe(*warning)));
    if (!oldEntry.isEmpty()) {
        if (const auto removed = Keyring::removeBlocking(oldEntry);
            !removed && removed.error().code != ErrorCode::VaultNoKeyringSlot)
            note(tr("the old keyring entry “%1” could not be removed: %2")
                     .arg(oldEntry, ErrorText::describe(removed.error())));
    }
    if (kdf.raised)
        note(tr("the password's key derivation was raised to the current default (Argon2id, %1 MiB, %2 "
                "passes)")
                 .arg(kdf.parameters.memoryKiB / 1024)
                 .arg(kdf.parameters.iterations));
    if (parser.isSet(keepBackups)) {
        if (!backups.isEmpty())
            note(tr("the %n earlier backup(s) still open with the old password", "", int(backups.size())));
        return ExitOk;
    }
    return reencryptBackups(backups, old.dataKey, *keys);
}

int PasswdCommand::reencryptBackups(const QStringList &backups, const SecureBytes &oldDataKey,
                                    const VaultKeys &keys)
{
    const auto done = VaultRekey::reencryptBackups(backups, oldDataKey, keys, RandomSource::system());
    if (!done) {
        note(tr("the password was changed, but re-encrypting the backups failed: %1; the ones not yet done "
                "still open with the old password")
                 .arg(ErrorText::describe(done.error())));
        return ExitPartial;
    }
    if (!done->unopened.isEmpty())
        note(tr("%n older backup(s) were left as they were; they open with the password in use when they "
                "were made",
                "", int(done->unopened.size())));
    return ExitOk;
}

} // namespace twofold
