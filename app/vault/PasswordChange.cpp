// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PasswordChange.h"

#include "ErrorText.h"
#include "keyring/Keyring.h"
#include "vault/VaultSession.h"

#include <QtConcurrent>

namespace twofold {

namespace {
QString raisedKdf(const KdfParameters &kdf)
{
    //: %1 is a number of MiB, %2 of passes
    return PasswordChange::tr(
               "Its key derivation was raised to the current default (Argon2id, %1 MiB, %2 passes).")
        .arg(kdf.memoryKiB / 1024)
        .arg(kdf.iterations);
}
} // namespace

PasswordChange::PasswordChange(QObject *parent)
    : PasswordChange(VaultSession::instance(), parent)
{}

PasswordChange::PasswordChange(VaultSession &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    // Locking drops whatever is under way: its answer must not re-key a vault opened again later.
    connect(&m_vault, &VaultSession::stateChanged, this, [this] {
        if (m_vault.state() != VaultSession::Unlocked)
            reset();
    });
    reset();
}

void PasswordChange::reset()
{
    ++m_generation;
    setBusy(false);
    m_error.clear();
    m_result.clear();
    const auto keys = m_vault.keys();
    m_backupCount = keys ? int(m_vault.backups().size()) : 0;
    const auto kdf = keys ? VaultRekey::kdfFor(*keys, m_vault.kdfForNewPasswords(), {}) : VaultRekey::Kdf{};
    m_kdfNote = kdf.raised ? tr("The key derivation will also be raised to the current default (Argon2id, "
                                "%1 MiB, %2 passes), so unlocking takes a little longer.")
                                 .arg(kdf.parameters.memoryKiB / 1024)
                                 .arg(kdf.parameters.iterations)
                           : QString();
    Q_EMIT resultChanged();
}

void PasswordChange::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PasswordChange::finish(const QString &error, const QString &result)
{
    setBusy(false);
    m_error = error;
    m_result = result;
    Q_EMIT resultChanged();
}

void PasswordChange::change(const QString &current, const QString &newPassword, const QString &repeat,
                            bool reencryptBackups)
{
    if (m_busy)
        return;
    if (current.isEmpty())
        return finish(tr("Type your current password."));
    if (newPassword.isEmpty())
        return finish(tr("Choose a new password."));
    if (newPassword != repeat)
        return finish(tr("The new passwords differ. Nothing was changed."));
    Rekeying rekeying;
    if (reencryptBackups)
        rekeying.backups = m_vault.backups();
    else
        rekeying.backupsKept = int(m_vault.backups().size());
    start(secureUtf8(current), secureUtf8(newPassword), std::move(rekeying));
}

void PasswordChange::turnOffKeyring(const QString &password)
{
    if (m_busy)
        return;
    if (password.isEmpty())
        return finish(tr("Type your password."));
    if (!m_vault.store().hasKeyringSlot())
        return finish({}, tr("Keyring unlock is already off."));
    Rekeying rekeying;
    rekeying.offKeyring = true;
    // The same password opens them afterwards: only the keyring's copy of the key stops working.
    rekeying.backups = m_vault.backups();
    const SecureBytes secret = secureUtf8(password);
    start(secret, secret, std::move(rekeying));
}

void PasswordChange::start(const SecureBytes &current, const SecureBytes &next, Rekeying rekeying)
{
    const auto held = m_vault.keys();
    if (!held)
        return finish(ErrorText::describe({ErrorCode::VaultLocked}));
    rekeying.old = *held;
    rekeying.kdf = VaultRekey::kdfFor(rekeying.old, m_vault.kdfForNewPasswords(),
                                      RandomSource::system().bytes(16).toByteArray());
    m_error.clear();
    m_result.clear();
    Q_EMIT resultChanged();
    setBusy(true);
    const quint64 generation = ++m_generation;
    QtConcurrent::run(&m_vault.worker(), [old = rekeying.old, current, next, kdf = rekeying.kdf.parameters] {
        return VaultRekey::rekey(old, current, next, kdf, RandomSource::system());
    }).then(this, [this, generation, rekeying = std::move(rekeying)](Expected<VaultKeys> keys) mutable {
        if (generation != m_generation)
            return;
        if (!keys)
            return finish(keys.error().code == ErrorCode::VaultWrongPassword
                              ? (rekeying.offKeyring
                                     ? tr("Wrong password. Keyring unlock stays on.")
                                     : tr("The current password is wrong. Nothing was changed."))
                              : ErrorText::describe(keys.error()));
        const auto now = m_vault.keys();
        if (!now || now->dataKey != rekeying.old.dataKey)
            return finish(tr("The vault was locked meanwhile. Nothing was changed."));
        rekeying.keys = std::move(*keys);
        if (rekeying.kdf.raised)
            rekeying.notes << raisedKdf(rekeying.kdf.parameters);
        if (!rekeying.offKeyring && rekeying.old.hasKeyringSlot())
            renewKeyring(std::move(rekeying));
        else
            adopt(std::move(rekeying));
    });
}

void PasswordChange::renewKeyring(Rekeying rekeying)
{
    const QString id = Keyring::newEntryId();
    const SecureBytes slotKey = Keyring::newSlotKey();
    const quint64 generation = m_generation;
    Keyring::store(id, slotKey, this,
                   [=, this, rekeying = std::move(rekeying)](Expected<void> stored) mutable {
                       if (generation != m_generation) {
                           Keyring::remove(id, this, [](Expected<void>) {}); // never used
                           return;
                       }
                       const auto slotted = stored.and_then(
                           [&] { return rekeying.keys.setKeyringSlot(id, slotKey, RandomSource::system()); });
                       if (slotted) {
                           rekeying.notes << tr("The desktop keyring holds a new key for this computer.");
                           adopt(std::move(rekeying), id);
                       } else {
                           rekeying.notes << tr("Unlock with the desktop keyring is now off: %1")
                                                 .arg(ErrorText::describe(slotted.error()));
                           adopt(std::move(rekeying));
                       }
                   });
}

void PasswordChange::adopt(Rekeying rekeying, const QString &newEntry)
{
    if (const auto adopted = m_vault.adoptKeys(rekeying.keys); !adopted) {
        if (!newEntry.isEmpty())
            Keyring::remove(newEntry, this, [](Expected<void>) {});
        return finish(ErrorText::describe(adopted.error()));
    }
    const QString oldEntry = rekeying.old.keyringId();
    const quint64 generation = m_generation;
    if (oldEntry.isEmpty())
        return reencryptBackups(std::move(rekeying), generation);
    Keyring::remove(
        oldEntry, this, [=, this, rekeying = std::move(rekeying)](Expected<void> removed) mutable {
            if (!removed && removed.error().code != ErrorCode::VaultNoKeyringSlot)
                rekeying.notes << tr("The old key could not be removed from the desktop keyring: %1")
                                      .arg(ErrorText::describe(removed.error()));
            else if (!rekeying.offKeyring)
                rekeying.notes << tr("The old key was removed from the keyring.");
            reencryptBackups(std::move(rekeying), generation);
        });
}

void PasswordChange::reencryptBackups(Rekeying rekeying, quint64 generation)
{
    // On the vault's worker, behind the save that writes the vault (and one backup) under the new key.
    QtConcurrent::run(&m_vault.worker(), [old = rekeying.old.dataKey, keys = rekeying.keys,
                                          backups = rekeying.backups] {
        return VaultRekey::reencryptBackups(backups, old, keys, RandomSource::system());
    }).then(this, [this, generation, rekeying = std::move(rekeying)](Expected<VaultRekey::Backups> done) {
        if (generation != m_generation)
            return;
        QStringList paragraph{rekeying.offKeyring
                                  ? tr("Keyring unlock is off, and the vault has a new key: a copy of the "
                                       "keyring's old key opens nothing saved from now on.")
                                  : tr("Your password was changed, and the vault has a new key.")};
        paragraph << rekeying.notes;
        if (const QString backups = backupsNote(rekeying, done); !backups.isEmpty())
            paragraph << backups;
        finish({}, paragraph.join(QLatin1Char(' ')));
    });
}

QString PasswordChange::backupsNote(const Rekeying &rekeying, const Expected<VaultRekey::Backups> &done) const
{
    if (rekeying.backupsKept > 0)
        return tr("Your %n earlier automatic backup(s) still open with the old password.", "",
                  rekeying.backupsKept);
    if (!done)
        return tr("Re-encrypting the automatic backups failed: %1 Those not yet done still open with the old "
                  "password.")
            .arg(ErrorText::describe(done.error()));
    QString note;
    if (done->reencrypted > 0)
        note = rekeying.offKeyring
                   ? tr("%n automatic backup(s) were re-encrypted under the new key.", "", done->reencrypted)
                   : tr("%n automatic backup(s) were re-encrypted and open with the new password only.", "",
                        done->reencrypted);
    if (!done->unopened.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("%n older backup(s) were left as they were: they open with the password in use when they "
                   "were made.",
                   "", int(done->unopened.size()));
    return note;
}

} // namespace twofold
