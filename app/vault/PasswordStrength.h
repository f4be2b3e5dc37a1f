// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

// A rough strength hint for the new-vault password: estimated bits from length and character variety,
// penalising repeats. Guidance only; the KDF does the real work.
class PasswordStrength : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // 0 = too weak … 4 = strong.
    Q_INVOKABLE int score(const QString &password) const;
    Q_INVOKABLE QString label(int score) const;
};

} // namespace twofold
