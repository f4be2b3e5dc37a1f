// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

// The window's short messages ("Added GitHub", "Copied — clears in 30 s"): every part of the vault says
// them here, and the window shows them (Main.qml).
class Toasts : public QObject, public QmlInstance<Toasts>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    // No default argument: QML must take the app's instance through create(), not build its own.
    explicit Toasts(QObject *parent)
        : QObject(parent)
    {}

    void show(const QString &message) { Q_EMIT toast(message); }

Q_SIGNALS:
    void toast(const QString &message);
};

} // namespace twofold
