// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyringUnlock.h"

#include "ErrorText.h"
#include "keyring/Keyring.h"
#include "vault/Toasts.h"
#include "vault/VaultFile.h"
#include "vault/VaultSession.h"

namespace twofold {

KeyringUnlock::KeyringUnlock(VaultSession &session, Toasts &toasts, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_toasts(toasts)
{
    connect(&m_session, &VaultSession::stateChanged, this, &KeyringUnlock::refresh);
    connect(&m_session, &VaultSession::keysChanged, this, &KeyringUnlock::refresh);
    connect(&m_session, &VaultSession::created, this, [this](bool asked) {
        if (asked)
            enable();
    });
    refresh();
}

KeyringUnlock::~KeyringUnlock()
{
    forget(this);
}

void KeyringUnlock::refresh()
{
    const VaultStore &store = m_session.store();
    bool enabled = store.hasKeyringSlot();
    if (!store.isUnlocked()) {
        const auto id = store.keyringSlotId();
        enabled = id && !id->isEmpty();
    }
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT enabledChanged();
}

void KeyringUnlock::unlock()
{
    const auto id = m_session.store().keyringSlotId();
    if (!id || id->isEmpty() || !m_session.beginUnlock())
        return;
    Keyring::read(*id, this, [this](Expected<SecureBytes> key) {
        if (!key)
            return m_session.failUnlock(key.error());
        m_session.openWith(
            [slotKey = *key](const VaultFile &file) { return file.unlockWithKeyring(slotKey); });
    });
}

void KeyringUnlock::enable()
{
    if (m_session.state() != VaultSession::Unlocked || m_enabled)
        return;
    const QString newId = Keyring::newEntryId();
    const SecureBytes slotKey = Keyring::newSlotKey();
    Keyring::store(newId, slotKey, this, [this, newId, slotKey](Expected<void> stored) {
        if (!stored) {
            m_toasts.show(ErrorText::describe(stored.error()));
            Q_EMIT enabledChanged(); // the switch goes back
            return;
        }
        VaultStore &store = m_session.store();
        if (store.isUnlocked() && store.setKeyringSlot(newId, slotKey)) {
            m_session.markEdited();
            refresh();
            m_toasts.show(tr("This computer can now unlock the vault without the password."));
        }
    });
}

} // namespace twofold
