// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountFilterModel.h"

#include "accounts/AccountListModel.h"
#include "accounts/AccountText.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace twofold {

AccountFilterModel::AccountFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::countChanged);
}

void AccountFilterModel::setQuery(const QString &text)
{
    // Shortcuts such as Ctrl+I can arrive in the search field as control characters; they are never part of
    // a search.
    QString query = text;
    query.removeIf([](QChar c) { return c.unicode() < 0x20; });
    if (query == m_query)
        return;
    m_query = query;
    m_words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT queryChanged();
    Q_EMIT countChanged();
}

QString AccountFilterModel::uuidAt(int row) const
{
    return row >= 0 && row < rowCount() ? index(row, 0).data(AccountListModel::UuidRole).toString()
                                        : QString();
}

QString AccountFilterModel::labelOf(const QString &uuid) const
{
    const auto *accounts = qobject_cast<const AccountListModel *>(sourceModel());
    const int row = accounts ? accounts->rowOf(QUuid::fromString(uuid)) : -1;
    if (row < 0)
        return {};
    const QModelIndex at = accounts->index(row);
    return AccountText::label(at.data(AccountListModel::IssuerRole).toString(),
                              at.data(AccountListModel::NameRole).toString());
}

QStringList AccountFilterModel::tags() const
{
    const auto *accounts = qobject_cast<const AccountListModel *>(sourceModel());
    return accounts ? accounts->tags() : QStringList();
}

void AccountFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
    Q_EMIT tagChanged();
    Q_EMIT countChanged();
}

void AccountFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    // A reload can drop the last account with the chosen tag; the list must not stay filtered to nothing.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_tag.isEmpty() && !tags().contains(m_tag, Qt::CaseInsensitive))
            setTag({});
        Q_EMIT tagsChanged();
    });
    Q_EMIT tagsChanged();
}

QList<QUuid> AccountFilterModel::orderAfterMove(int from, int to) const
{
    if (from < 0 || to < 0 || from >= rowCount() || to >= rowCount())
        return {};
    QList<QModelIndex> rows;
    for (int row = 0; row < sourceModel()->rowCount(); ++row)
        rows << sourceModel()->index(row, 0);
    std::ranges::stable_sort(rows,
                             [this](const QModelIndex &l, const QModelIndex &r) { return lessThan(l, r); });
    QList<QUuid> order;
    for (const QModelIndex &row : rows)
        order << QUuid::fromString(row.data(AccountListModel::UuidRole).toString());
    const QUuid moved = QUuid::fromString(uuidAt(from));
    const QUuid target = QUuid::fromString(uuidAt(to));
    order.removeOne(moved);
    order.insert(order.indexOf(target) + (to > from ? 1 : 0), moved);
    return order;
}

void AccountFilterModel::setSortOrder(AccountSort::Order order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    invalidate();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() &&
        !row.data(AccountListModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = row.data(AccountListModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool AccountFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFavourite = left.data(AccountListModel::FavouriteRole).toBool();
    const bool rightFavourite = right.data(AccountListModel::FavouriteRole).toBool();
    if (leftFavourite != rightFavourite)
        return leftFavourite;
    if (m_sortOrder == AccountSort::Manual)
        return left.row() < right.row(); // the vault's order is the manual order
    if (m_sortOrder == AccountSort::MostUsed) {
        const auto l = left.data(AccountListModel::UsageCountRole).toULongLong();
        const auto r = right.data(AccountListModel::UsageCountRole).toULongLong();
        if (l != r)
            return l > r;
    } else if (m_sortOrder == AccountSort::RecentlyUsed) {
        const QDateTime l = left.data(AccountListModel::LastUsedRole).toDateTime();
        const QDateTime r = right.data(AccountListModel::LastUsedRole).toDateTime();
        if (l != r)
            return l > r; // an invalid (never used) time sorts last
    } else if (m_sortOrder == AccountSort::ByName) {
        const int byName =
            QString::localeAwareCompare(left.data(AccountListModel::NameRole).toString().toLower(),
                                        right.data(AccountListModel::NameRole).toString().toLower());
        if (byName != 0)
            return byName < 0;
    }
    const int byIssuer =
        QString::localeAwareCompare(left.data(AccountListModel::IssuerRole).toString().toLower(),
                                    right.data(AccountListModel::IssuerRole).toString().toLower());
    if (byIssuer != 0)
        return byIssuer < 0;
    return QString::localeAwareCompare(left.data(AccountListModel::NameRole).toString().toLower(),
                                       right.data(AccountListModel::NameRole).toString().toLower()) < 0;
}

} // namespace twofold
