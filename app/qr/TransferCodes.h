// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

class AccountSource;

// "Transfer to Google Authenticator": the vault's accounts as Google's batch of otpauth-migration QR codes.
// The links hold secrets, so they stay here in C++; QrView draws them and QML only sees counts and the
// accounts that cannot be transferred, with the reason.
class TransferCodes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int accounts READ accounts NOTIFY changed)
    Q_PROPERTY(QStringList refused READ refused NOTIFY changed)

public:
    explicit TransferCodes(QObject *parent = nullptr); // of the app's vault (AccountSource::app())
    explicit TransferCodes(const AccountSource &vault, QObject *parent = nullptr);

    int count() const { return int(m_links.size()); }
    int accounts() const { return m_accounts; }
    QStringList refused() const { return m_refused; }
    SecureBytes link(int index) const { return m_links.value(index); }

    Q_INVOKABLE void prepare();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    const AccountSource *m_vault = nullptr;
    QList<SecureBytes> m_links;
    QStringList m_refused;
    int m_accounts = 0;
};

} // namespace twofold
