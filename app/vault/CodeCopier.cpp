// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CodeCopier.h"

#include "codes/CodeClock.h"
#include "time/Clock.h"
#include "vault/AccountLabel.h"
#include "vault/AccountSecrets.h"
#include "vault/Toasts.h"
#include "vault/VaultSession.h"

namespace twofold {

namespace {
constexpr int copyNextBelowSeconds = 3; // a code this close to expiry is copied as the next one
} // namespace

CodeCopier::CodeCopier(VaultSession &session, const CodeClock &clock, Toasts &toasts, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_toasts(toasts)
{
    connect(&m_session, &VaultSession::aboutToLock, &m_clipboard, &Clipboard::clearIfOurs);
}

CodeCopier::~CodeCopier()
{
    forget(this);
}

std::optional<CodeCopier::Copied> CodeCopier::copy(const QString &uuid)
{
    VaultStore &store = m_session.store();
    auto account = store.account(QUuid::fromString(uuid));
    if (!account)
        return std::nullopt;
    // The clock read now, not the last tick: nothing ticks while no codes are on screen (the tray).
    const qint64 now = m_clock.clock().currentMSecs() / 1000;
    const bool useNext = account->parameters.isTimeBased() &&
                         OtpGenerator::secondsRemaining(account->parameters, now) < copyNextBelowSeconds;
    const auto code =
        store.code(account->uuid, now, useNext ? OtpGenerator::Step::Next : OtpGenerator::Step::Current);
    if (!code)
        return std::nullopt;
    m_clipboard.copy(*code);
    if (store.recordUse(account->uuid))
        m_session.markEdited();
    return Copied{AccountLabel::of(*account), AccountLabel::service(*account), useNext,
                  m_clipboard.clearDelay()};
}

void CodeCopier::copyCode(const QString &uuid)
{
    const auto copied = copy(uuid);
    if (!copied)
        return;
    m_toasts.show(
        copied->next
            ? tr("The code was about to expire, so the next one for %1 was copied — clears in %n s.", "",
                 copied->clearSeconds)
                  .arg(copied->label)
            : tr("Copied the code for %1 — clears in %n s.", "", copied->clearSeconds).arg(copied->label));
}

void CodeCopier::copyRecoveryCode(const QString &uuid, int index)
{
    const SecureBytes code = AccountSecrets(m_session.store()).recoveryCode(QUuid::fromString(uuid), index);
    if (code.isEmpty())
        return;
    // Not wiped here: the clipboard shares this text, and clears it after the delay.
    m_clipboard.copy(QString::fromUtf8(code.constData(), code.size()));
    m_toasts.show(tr("Copied — clears in %n s.", "", m_clipboard.clearDelay()));
}

} // namespace twofold
