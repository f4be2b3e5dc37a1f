// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QmlInstance.h"
#include "uri/OtpAuthUri.h"
#include "vault/AccountDetails.h"
#include "vault/AccountSink.h"

#include <QObject>
#include <QtQmlIntegration>

namespace twofold {

class Settings;
class Toasts;
class VaultSession;

// What the user does to accounts in the unlocked vault: add (a link, the manual form, an import), delete
// with undo, favourite, reorder, advance a counter, edit the details. Each edit is saved (VaultSaver) and
// said in a toast.
class AccountActions : public QObject, public QmlInstance<AccountActions>, public AccountSink
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)

public:
    AccountActions(VaultSession &session, Settings &settings, Toasts &toasts, QObject *parent = nullptr);
    ~AccountActions() override;

    bool canUndo() const;

    // Each returns an empty string on success, else a sentence for the user.
    Q_INVOKABLE QString addUri(const QString &uri, bool allowDuplicate = false);
    Q_INVOKABLE QString addManual(const QString &issuer, const QString &name, const QString &secret, int type,
                                  int algorithm, int digits, int period, qulonglong counter,
                                  bool allowDuplicate = false);
    // What is wrong with a typed setup key, as the user types ("" when it would be accepted): the same
    // decoding and checks as addManual, so the form never says yes to a key that adding then refuses.
    Q_INVOKABLE QString checkSetupKey(const QString &secret) const;
    // Whether the last add was refused because the secret is already in the vault.
    Q_INVOKABLE bool lastAddWasDuplicate() const { return m_lastAddWasDuplicate; }
    Q_INVOKABLE void remove(const QString &uuid);
    Q_INVOKABLE void undoRemove();
    Q_INVOKABLE void toggleFavourite(const QString &uuid);
    // Moves the visible row `from` to where row `to` is (a drag, or Alt+arrow) and sorts the list by hand
    // from then on: the order everyone sees becomes the vault's stored order.
    Q_INVOKABLE void moveAccount(int from, int to);
    Q_INVOKABLE void nextHotpCode(const QString &uuid);
    // An account's metadata for the details dialog; empty (no uuid) when unknown.
    Q_INVOKABLE twofold::AccountDetails details(const QString &uuid) const;
    // Saves edited metadata (recoveryCodesUsed in the order details() gave them, and newRecoveryCodes);
    // returns an empty string or a sentence for the user.
    Q_INVOKABLE QString saveDetails(const QString &uuid, const twofold::AccountDetails &details);

    // AccountSink: imports.
    ImportReview reviewImport(ImportResult batch) const override;
    [[nodiscard]] Expected<QList<Account>> addReviewed(const ImportReview &review,
                                                       const QList<int> &chosen) override;
    QString describeAccount(const QUuid &uuid) const override;

Q_SIGNALS:
    void canUndoChanged();

private:
    QString added(const Expected<OtpAuthUri> &uri, bool allowDuplicate);

    VaultSession &m_session;
    Settings &m_settings;
    Toasts &m_toasts;
    bool m_lastAddWasDuplicate = false;
};

} // namespace twofold
