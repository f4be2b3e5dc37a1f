// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountActions.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"
#include "crypto/WipedBytes.h"
#include "encoding/Base32.h"
#include "settings/Settings.h"
#include "vault/AccountLabel.h"
#include "vault/Toasts.h"
#include "vault/VaultSession.h"

namespace twofold {

AccountActions::AccountActions(VaultSession &session, Settings &settings, Toasts &toasts, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_toasts(toasts)
{
    connect(&m_session, &VaultSession::edited, this, &AccountActions::canUndoChanged);
    connect(&m_session, &VaultSession::stateChanged, this, &AccountActions::canUndoChanged);
}

AccountActions::~AccountActions()
{
    forget(this);
}

bool AccountActions::canUndo() const
{
    return m_session.store().canUndoRemove();
}

QString AccountActions::added(const Expected<OtpAuthUri> &uri, bool allowDuplicate)
{
    m_lastAddWasDuplicate = false;
    if (!uri)
        return ErrorText::describe(uri.error());
    VaultStore &store = m_session.store();
    const auto duplicate = store.findDuplicate(*uri);
    m_lastAddWasDuplicate = duplicate.has_value() && !allowDuplicate;
    if (m_lastAddWasDuplicate)
        return tr("This secret is already in the vault as %1.")
            .arg(AccountLabel::of(*store.account(*duplicate)));
    const auto account = store.add(*uri);
    if (!account)
        return ErrorText::describe(account.error());
    m_session.markEdited();
    //: Notifications; %1 is the service or account name
    m_toasts.show(tr("Added %1").arg(AccountLabel::of(*account)));
    return {};
}

QString AccountActions::addUri(const QString &uri, bool allowDuplicate)
{
    return added(OtpAuthUri::parse(uri.trimmed().toUtf8()), allowDuplicate);
}

QString AccountActions::addManual(const QString &issuer, const QString &name, const QString &secret, int type,
                                  int algorithm, int digits, int period, qulonglong counter,
                                  bool allowDuplicate)
{
    // Pasted secrets often carry spaces, dashes or a trailing '='; Base32 ignores those.
    auto bytes = Base32::decode(secret.trimmed().toUtf8());
    if (!bytes)
        return ErrorText::describe(bytes.error());
    const auto parameters =
        OtpParameters::create(OtpType(type), HashAlgorithm(algorithm), digits, period, counter);
    if (!parameters)
        return ErrorText::describe(parameters.error());
    return added(OtpAuthUri::create(issuer, name, std::move(*bytes), *parameters), allowDuplicate);
}

QString AccountActions::checkSetupKey(const QString &secret) const
{
    auto bytes = Base32::decode(secret.trimmed().toUtf8());
    if (!bytes)
        return ErrorText::describe(bytes.error());
    const auto valid =
        OtpAuthUri::create(QString(), QStringLiteral("-"), std::move(*bytes), OtpParameters::defaultTotp());
    return valid ? QString() : ErrorText::describe(valid.error());
}

void AccountActions::remove(const QString &uuid)
{
    VaultStore &store = m_session.store();
    const auto account = store.account(QUuid::fromString(uuid));
    if (!account || !store.remove(account->uuid))
        return;
    m_session.markEdited();
    m_toasts.show(tr("Deleted %1").arg(AccountLabel::of(*account)));
}

void AccountActions::undoRemove()
{
    const auto account = m_session.store().undoRemove();
    if (!account)
        return;
    m_session.markEdited();
    m_toasts.show(tr("Restored %1").arg(AccountLabel::of(*account)));
}

void AccountActions::toggleFavourite(const QString &uuid)
{
    VaultStore &store = m_session.store();
    auto account = store.account(QUuid::fromString(uuid));
    if (!account)
        return;
    account->favourite = !account->favourite;
    if (store.update(*account))
        m_session.markEdited();
}

void AccountActions::moveAccount(int from, int to)
{
    if (from == to)
        return;
    const QList<QUuid> order = m_session.accounts()->orderAfterMove(from, to);
    if (order.isEmpty() || !m_session.store().reorder(order))
        return;
    m_settings.setSortOrder(AccountSort::Manual);
    m_session.markEdited();
}

void AccountActions::nextHotpCode(const QString &uuid)
{
    VaultStore &store = m_session.store();
    auto account = store.account(QUuid::fromString(uuid));
    if (!account || account->parameters.isTimeBased())
        return;
    const OtpParameters &p = account->parameters;
    const auto next = OtpParameters::create(p.type(), p.algorithm(), p.digits(), p.period(), p.counter() + 1);
    if (!next)
        return;
    account->parameters = *next;
    if (store.update(*account))
        m_session.markEdited();
}

AccountDetails AccountActions::details(const QString &uuid) const
{
    const auto account = m_session.store().account(QUuid::fromString(uuid));
    if (!account)
        return {};
    AccountDetails details;
    details.uuid = uuid;
    details.issuer = DisplayText::clean(account->issuer);
    details.name = DisplayText::clean(account->name);
    details.tags = account->tags;
    details.favourite = account->favourite;
    details.note = account->note;
    for (const RecoveryCode &code : account->recoveryCodes)
        details.recoveryCodesUsed.append(code.used);
    details.created = account->created.toLocalTime();
    details.lastUsed = account->lastUsed.toLocalTime();
    details.usageCount = account->usageCount;
    const OtpParameters &p = account->parameters;
    details.type = int(p.type());
    details.algorithm = hashAlgorithmName(p.algorithm());
    details.digits = p.digits();
    details.period = p.period();
    return details;
}

QString AccountActions::saveDetails(const QString &uuid, const AccountDetails &details)
{
    VaultStore &store = m_session.store();
    auto account = store.account(QUuid::fromString(uuid));
    if (!account)
        return ErrorText::describe({ErrorCode::AccountNotFound, uuid});
    account->issuer = details.issuer;
    account->name = details.name;
    account->tags.clear();
    for (const QString &tag : details.tags)
        if (!tag.trimmed().isEmpty() && !account->tags.contains(tag.trimmed()))
            account->tags << tag.trimmed();
    account->favourite = details.favourite;
    account->note = details.note;
    for (qsizetype i = 0; i < account->recoveryCodes.size() && i < details.recoveryCodesUsed.size(); ++i)
        account->recoveryCodes[i].used = details.recoveryCodesUsed.at(i);
    for (const QString &line : details.newRecoveryCodes.split(u'\n')) {
        const QString code = line.trimmed();
        if (!code.isEmpty())
            account->recoveryCodes.append({secureUtf8(code), false});
        WipedBytes::wipe(code);
        WipedBytes::wipe(line);
    }
    WipedBytes::wipe(details.newRecoveryCodes);
    if (const auto updated = store.update(*account); !updated)
        return ErrorText::describe(updated.error());
    m_session.markEdited();
    return {};
}

ImportReview AccountActions::reviewImport(ImportResult batch) const
{
    return ImportReview(m_session.store(), std::move(batch));
}

Expected<QList<Account>> AccountActions::addReviewed(const ImportReview &review, const QList<int> &chosen)
{
    auto added = review.apply(m_session.store(), chosen);
    if (!added)
        return added;
    if (!added->isEmpty()) {
        m_session.markEdited();
        m_toasts.show(tr("Imported %n account(s).", "", int(added->size())));
    }
    return added;
}

QString AccountActions::describeAccount(const QUuid &uuid) const
{
    const auto account = m_session.store().account(uuid);
    return account ? AccountLabel::of(*account) : uuid.toString(QUuid::WithoutBraces);
}

} // namespace twofold
