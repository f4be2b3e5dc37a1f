// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQmlIntegration>

namespace twofold {

// What the details dialog shows and edits of an account: never its secret, nor its recovery codes' text
// (RecoveryCodeView paints those). QML reads it as a value and hands an edited one back as a plain object
// ({issuer, name, tags, favourite, note, recoveryCodesUsed, newRecoveryCodes}).
struct AccountDetails
{
    Q_GADGET
    QML_VALUE_TYPE(accountDetails)
    QML_STRUCTURED_VALUE
    Q_PROPERTY(QString uuid MEMBER uuid)
    Q_PROPERTY(QString issuer MEMBER issuer)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QStringList tags MEMBER tags)
    Q_PROPERTY(bool favourite MEMBER favourite)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QList<bool> recoveryCodesUsed MEMBER recoveryCodesUsed)
    Q_PROPERTY(QString newRecoveryCodes MEMBER newRecoveryCodes)
    Q_PROPERTY(QDateTime created MEMBER created)
    Q_PROPERTY(QDateTime lastUsed MEMBER lastUsed)
    Q_PROPERTY(qulonglong usageCount MEMBER usageCount)
    Q_PROPERTY(int type MEMBER type)
    Q_PROPERTY(QString algorithm MEMBER algorithm)
    Q_PROPERTY(int digits MEMBER digits)
    Q_PROPERTY(int period MEMBER period)

public:
    QString uuid;
    QString issuer;
    QString name;
    QStringList tags;
    bool favourite = false;
    QString note;
    // Whether each recovery code is used, in the account's order.
    QList<bool> recoveryCodesUsed;
    // Saving only: pasted text, one new recovery code a line (wiped once read).
    QString newRecoveryCodes;
    // Reading only: local times, the OTP parameters.
    QDateTime created;
    QDateTime lastUsed;
    qulonglong usageCount = 0;
    int type = 0;
    QString algorithm;
    int digits = 0;
    int period = 0;
};

} // namespace twofold
