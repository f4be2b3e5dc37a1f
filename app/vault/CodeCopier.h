// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "clipboard/Clipboard.h"

#include <QObject>
#include <QtQmlIntegration>

#include <optional>

namespace twofold {

class CodeClock;
class Toasts;
class VaultSession;

// The one copy path behind the window, the tray and quick copy: the code is marked as a secret, cleared
// after the delay, and the next one is taken when the current one is about to expire. Locking clears a
// copied code (or recovery code) that is still on the clipboard.
class CodeCopier : public QObject, public QmlInstance<CodeCopier>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    CodeCopier(VaultSession &session, const CodeClock &clock, Toasts &toasts, QObject *parent = nullptr);
    ~CodeCopier() override;

    void setClearDelay(int seconds) { m_clipboard.setClearDelay(seconds); }
    int clearDelay() const { return m_clipboard.clearDelay(); }

    // What a copy put on the clipboard, for the message that says so (never the code itself).
    struct Copied
    {
        QString label;   // "GitHub (octocat)", cleaned and shortened
        QString service; // the issuer, else the name
        bool next = false;
        int clearSeconds = 0;
    };
    // Copies the account's code. Nothing when the account is unknown (or the vault locked).
    std::optional<Copied> copy(const QString &uuid);
    // The same, and the toast says which code was copied.
    Q_INVOKABLE void copyCode(const QString &uuid);
    // Copies the account's recovery code number `index` (as a secret, cleared like codes).
    Q_INVOKABLE void copyRecoveryCode(const QString &uuid, int index);

private:
    VaultSession &m_session;
    const CodeClock &m_clock;
    Toasts &m_toasts;
    Clipboard m_clipboard;
};

} // namespace twofold
