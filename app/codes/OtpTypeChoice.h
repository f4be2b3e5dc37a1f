// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

// The type chosen when an account is typed in by hand, and what it fixes: Steam codes are always five
// characters from SHA1, a counter-based account has a counter instead of a period. `type` is an OtpType
// value: the form lists the types in that order.
class OtpTypeChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Steam: the algorithm and the digits are not the user's to choose.
    Q_INVOKABLE static bool fixesParameters(int type);
    Q_INVOKABLE static bool counterBased(int type);
    // What the form shows after `type` was chosen: the fixed value, or what it showed before.
    Q_INVOKABLE static int digits(int type, int shown);
    // An index into {SHA1, SHA256, SHA512}.
    Q_INVOKABLE static int algorithm(int type, int shown);
};

} // namespace twofold
