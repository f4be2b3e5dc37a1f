// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

namespace twofold {

// How a code is shown over time: the seconds left in its period, when that is short enough to warn, and the
// code hidden behind dots while "hide codes" is on.
class CodeDisplay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The ring turns to the warning colour at this many seconds left.
    static constexpr int expiringSeconds = 5;

    // Seconds left at Unix time `now` for a period of `period` seconds: from `period` down to 1.
    Q_INVOKABLE static int secondsLeft(qint64 now, int period);
    // Time-based codes only: a counter-based code does not run out.
    Q_INVOKABLE static bool expiring(int secondsLeft, bool counterBased);
    // Every character but the group space becomes a dot.
    Q_INVOKABLE static QString masked(const QString &code);
};

} // namespace twofold
