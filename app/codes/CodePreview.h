// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes/CodeClock.h"
#include "uri/OtpAuthUri.h"

#include <QObject>
#include <QtQmlIntegration>

#include <optional>

namespace twofold {

class Clock;

// "Check a link": shows the live code of one pasted otpauth:// URI without storing anything.
// The secret stays here in secure memory; QML only sees the issuer, name and codes.
class CodePreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
    Q_PROPERTY(QString issuer READ issuer NOTIFY accountChanged)
    Q_PROPERTY(QString name READ name NOTIFY accountChanged)
    Q_PROPERTY(bool counterBased READ counterBased NOTIFY accountChanged)
    Q_PROPERTY(bool shortSecret READ shortSecret NOTIFY accountChanged)
    Q_PROPERTY(int period READ period NOTIFY accountChanged)
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(QString nextCode READ nextCode NOTIFY codeChanged)
    Q_PROPERTY(int secondsRemaining READ secondsRemaining NOTIFY secondsRemainingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Whether the preview can be seen (QML binds it to its dialog and window): the countdown ticks only
    // then — behind a hidden or minimised window nothing fires — and catches up when it is seen again.
    Q_PROPERTY(bool onScreen READ onScreen WRITE setOnScreen NOTIFY onScreenChanged)

public:
    explicit CodePreview(QObject *parent = nullptr);
    ~CodePreview() override;

    // Tests inject a clock; the default is the clock the account list uses (CodeClock's, time-corrected).
    void setClock(const Clock *clock);

    // Takes the link once; QML clears its field afterwards. Returns false (and sets errorMessage)
    // when the link is not a valid otpauth URI; the previous account is then cleared.
    Q_INVOKABLE bool load(const QString &uri);
    Q_INVOKABLE void clear();

    bool hasAccount() const { return m_account.has_value(); }
    QString issuer() const;
    QString name() const;
    bool counterBased() const;
    bool shortSecret() const;
    int period() const;
    QString code() const { return m_code; }
    QString nextCode() const { return m_nextCode; }
    int secondsRemaining() const { return m_secondsRemaining; }
    QString errorMessage() const { return m_errorMessage; }
    bool onScreen() const { return m_onScreen; }
    void setOnScreen(bool onScreen);
    // Whether the countdown waits for its next tick (tests).
    bool ticking() const { return m_ticker.isTicking(); }

    // Recomputes codes and countdown for the clock's current time; called at each tick.
    void refresh();

Q_SIGNALS:
    void accountChanged();
    void codeChanged();
    void secondsRemainingChanged();
    void errorMessageChanged();
    void onScreenChanged();

private:
    void setErrorMessage(const QString &message);

    const Clock *m_clock;
    std::optional<OtpAuthUri> m_account;
    QString m_code;
    QString m_nextCode;
    int m_secondsRemaining = 0;
    QString m_errorMessage;
    bool m_onScreen = true;
    CodeClock m_ticker; // the same second-aligned ticker as the account list, just for this preview
};

} // namespace twofold
