// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/CodePreview.h"

#include "ErrorText.h"
#include "codes/CodeFormat.h"
#include "otp/OtpGenerator.h"
#include "time/Clock.h"

namespace twofold {

namespace {
// The account list's clock (the vault's time correction applied), so a previewed code is the one the list
// will show; the system clock where no list runs.
const Clock *codesClock()
{
    const CodeClock *codes = CodeClock::existing();
    return codes ? &codes->clock() : &Clock::system();
}
} // namespace

CodePreview::CodePreview(QObject *parent)
    : QObject(parent)
    , m_clock(codesClock())
    , m_ticker(*m_clock)
{
    connect(&m_ticker, &CodeClock::ticked, this, &CodePreview::refresh);
}

CodePreview::~CodePreview() = default;

void CodePreview::setClock(const Clock *clock)
{
    m_clock = clock;
    m_ticker.setClock(clock);
    refresh();
}

bool CodePreview::load(const QString &uri)
{
    auto parsed = OtpAuthUri::parse(uri.trimmed().toUtf8());
    if (!parsed) {
        clear();
        setErrorMessage(ErrorText::describe(parsed.error()));
        return false;
    }
    m_account = std::move(*parsed);
    setErrorMessage({});
    Q_EMIT accountChanged();
    refresh();
    m_ticker.setEnabled(m_account->parameters().isTimeBased());
    return true;
}

void CodePreview::clear()
{
    m_ticker.setEnabled(false);
    const bool had = m_account.has_value();
    m_account.reset();
    m_code.clear();
    m_nextCode.clear();
    m_secondsRemaining = 0;
    setErrorMessage({});
    if (had) {
        Q_EMIT accountChanged();
        Q_EMIT codeChanged();
        Q_EMIT secondsRemainingChanged();
    }
}

QString CodePreview::issuer() const
{
    return m_account ? m_account->issuer() : QString();
}
QString CodePreview::name() const
{
    return m_account ? m_account->name() : QString();
}
bool CodePreview::counterBased() const
{
    return m_account && !m_account->parameters().isTimeBased();
}
bool CodePreview::shortSecret() const
{
    return m_account && m_account->hasShortSecret();
}
int CodePreview::period() const
{
    return m_account ? m_account->parameters().period() : 0;
}

void CodePreview::refresh()
{
    if (!m_account)
        return;
    const qint64 now = m_clock->currentMSecs() / 1000;
    const OtpParameters &parameters = m_account->parameters();
    const bool steam = parameters.type() == OtpType::Steam;
    const auto current = OtpGenerator::code(m_account->secret(), parameters, now);
    const auto next = OtpGenerator::code(m_account->secret(), parameters, now, OtpGenerator::Step::Next);
    if (!current || !next) {
        setErrorMessage(ErrorText::describe(current ? next.error() : current.error()));
        return;
    }
    const QString code = CodeFormat::grouped(*current, steam);
    const QString nextCode = CodeFormat::grouped(*next, steam);
    if (code != m_code || nextCode != m_nextCode) {
        m_code = code;
        m_nextCode = nextCode;
        Q_EMIT codeChanged();
    }
    const int remaining = OtpGenerator::secondsRemaining(parameters, now);
    if (remaining != m_secondsRemaining) {
        m_secondsRemaining = remaining;
        Q_EMIT secondsRemainingChanged();
    }
}

void CodePreview::setOnScreen(bool onScreen)
{
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    Q_EMIT onScreenChanged();
    m_ticker.setOnScreen(onScreen);
    if (onScreen)
        refresh(); // counter-based codes too, which the ticker leaves alone
}

void CodePreview::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace twofold
