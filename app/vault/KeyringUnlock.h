// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

class Toasts;
class VaultSession;

// "Unlock without a password on this computer": the desktop keyring keeps a random key that opens the
// vault's keyring slot. Enabling needs the vault unlocked; turning it off needs the password and re-keys
// the vault (PasswordChange::turnOffKeyring).
class KeyringUnlock : public QObject, public QmlInstance<KeyringUnlock>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)

public:
    KeyringUnlock(VaultSession &session, Toasts &toasts, QObject *parent = nullptr);
    ~KeyringUnlock() override;

    bool isEnabled() const { return m_enabled; }
    Q_INVOKABLE void unlock();
    Q_INVOKABLE void enable();

    // Unlocked, the keys in memory say whether it is on; locked, the file on disk does (read only then:
    // no I/O per save).
    void refresh();

Q_SIGNALS:
    void enabledChanged();

private:
    VaultSession &m_session;
    Toasts &m_toasts;
    bool m_enabled = false;
};

} // namespace twofold
