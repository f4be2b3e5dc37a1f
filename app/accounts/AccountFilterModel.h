// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSort.h"

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace twofold {

// What the list shows: rows matching the search text (issuer, name, tags, note; every word must
// match, case-insensitively) and the chosen tag, favourites first, then in the chosen order.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VaultSession")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Every tag in use, for the tag bar; `tag` narrows the list to one of them ("" shows all).
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY tagChanged)

public:
    explicit AccountFilterModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    // Control characters are dropped: `query` reads back what the search holds.
    void setQuery(const QString &text);
    int count() const { return rowCount(); }
    QStringList tags() const;
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    void setSourceModel(QAbstractItemModel *model) override;
    // The uuid of a visible row ("" when out of range); QML acts on accounts by uuid, not by delegate.
    Q_INVOKABLE QString uuidAt(int row) const;
    // The account's label (AccountText::label), filtered out or not; "" for an unknown uuid.
    Q_INVOKABLE QString labelOf(const QString &uuid) const;
    // Favourites always come first, then the chosen order.
    void setSortOrder(AccountSort::Order order);
    // Every account (the filter ignored) in the order the list shows them, with the visible row `from` moved
    // to where the visible row `to` is: the new manual order after a drag. Empty when a row is out of range.
    QList<QUuid> orderAfterMove(int from, int to) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void tagsChanged();
    void tagChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    AccountSort::Order m_sortOrder = AccountSort::ByIssuer;
    QStringList m_words;
    QString m_tag;
};

} // namespace twofold
