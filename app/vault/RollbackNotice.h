// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/RollbackGuard.h"

#include <QObject>
#include <QQmlEngine>

namespace twofold {

// The window's warning that the vault just opened is older than one opened on this computer before
// (RollbackGuard): shown after unlock until dismissed or the vault is locked. The CLI prints the same
// sentence.
class RollbackNotice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by VaultSession")
    Q_PROPERTY(QString text READ text NOTIFY textChanged)

public:
    using QObject::QObject;

    QString text() const { return m_text; }
    // Shows the rollback, or clears the notice when there is none.
    void show(const std::optional<RollbackGuard::Rollback> &rollback);
    Q_INVOKABLE void dismiss() { show(std::nullopt); }

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
};

} // namespace twofold
