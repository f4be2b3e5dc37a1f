// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace twofold {

// The desktop keyring (Secret Service through QtKeychain), holding the random key of a vault's keyring
// slot so the vault opens without a password on this computer. Never holds the password itself.
// Keys are 32 random bytes; the keyring stores them as a binary secret under service "Twofold".
class Keyring
{
public:
    using Done = std::function<void(Expected<void>)>;
    using Read = std::function<void(Expected<SecureBytes>)>;

    // A fresh entry name ("vault-<uuid>") and a fresh 32-byte key for a new keyring slot.
    static QString newEntryId();
    static SecureBytes newSlotKey();

    // Asynchronous, for the app: `done` runs in `context`'s thread. KeyringUnavailable when there is no
    // Secret Service (or it refuses), with its message as detail.
    static void store(const QString &id, const SecureBytes &key, QObject *context, Done done);
    static void read(const QString &id, QObject *context, Read done);
    static void remove(const QString &id, QObject *context, Done done);

    // Blocking versions for the command line and tests: they spin a local event loop, so never call
    // them on the GUI thread.
    [[nodiscard]] static Expected<void> storeBlocking(const QString &id, const SecureBytes &key);
    [[nodiscard]] static Expected<SecureBytes> readBlocking(const QString &id);
    [[nodiscard]] static Expected<void> removeBlocking(const QString &id);
};

} // namespace twofold
