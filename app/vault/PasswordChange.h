// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultKeys.h"
#include "vault/VaultRekey.h"

#include <QObject>
#include <QtQmlIntegration>

#include <optional>

namespace twofold {

class VaultSession;

// Changing the vault password, and turning keyring unlock off, for the window. Both re-key the vault: the
// current password is checked and the new keys made off the GUI thread (the vault's worker), the keyring
// entry is renewed (or removed), the automatic backups follow the new key when asked, and the outcome is
// one paragraph — or the one thing that is wrong, with nothing changed. Passwords are handed over once.
class PasswordChange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(int backupCount READ backupCount NOTIFY resultChanged)
    Q_PROPERTY(QString kdfNote READ kdfNote NOTIFY resultChanged)

public:
    explicit PasswordChange(QObject *parent = nullptr); // on the app's VaultSession
    explicit PasswordChange(VaultSession &vault, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString result() const { return m_result; }
    // The automatic backups there are now (offered for re-encryption).
    int backupCount() const { return m_backupCount; }
    // Set when the stored key derivation is below the current default, which the new keys get.
    QString kdfNote() const { return m_kdfNote; }

    // The current password and the new one twice; `reencryptBackups`: the automatic backups follow the new
    // key, else they keep opening with the old password (the result says so).
    Q_INVOKABLE void change(const QString &current, const QString &newPassword, const QString &repeat,
                            bool reencryptBackups);
    // Keyring unlock off: the password, then a new data key without a keyring slot, so a copy of the
    // keyring's key opens nothing written afterwards; the backups follow the new key.
    Q_INVOKABLE void turnOffKeyring(const QString &password);
    // Forgets the outcome and looks at the vault afresh (when the dialog opens); an answer still on its way
    // is dropped.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void busyChanged();
    void resultChanged();

private:
    struct Rekeying
    {
        VaultKeys old;
        VaultKeys keys;
        VaultRekey::Kdf kdf;
        QStringList backups;     // to re-encrypt
        int backupsKept = 0;     // left under the old password by choice
        bool offKeyring = false; // turning keyring unlock off, not changing the password
        QStringList notes;       // sentences for the result, in order
    };

    void start(const SecureBytes &current, const SecureBytes &next, Rekeying rekeying);
    void renewKeyring(Rekeying rekeying);
    void adopt(Rekeying rekeying, const QString &newEntry = {});
    // Even after a lock (the keys are already in use); the result is shown only if `generation` still is.
    void reencryptBackups(Rekeying rekeying, quint64 generation);
    QString backupsNote(const Rekeying &rekeying, const Expected<VaultRekey::Backups> &done) const;
    void setBusy(bool busy);
    void finish(const QString &error, const QString &result = {});

    VaultSession &m_vault;
    bool m_busy = false;
    QString m_error;
    QString m_result;
    int m_backupCount = 0;
    QString m_kdfNote;
    quint64 m_generation = 0;
};

} // namespace twofold
