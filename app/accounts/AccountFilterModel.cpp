#include "accounts/AccountFilterModel.h"

#include "accounts/AccountListModel.h"

#include <QDateTime>

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

void AccountFilterModel::setQuery(const QString &query)
{
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

void AccountFilterModel::setSortOrder(Settings::SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    invalidate();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(AccountListModel::SearchTextRole).toString();
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
    if (m_sortOrder == Settings::MostUsed) {
        const auto l = left.data(AccountListModel::UsageCountRole).toULongLong();
        const auto r = right.data(AccountListModel::UsageCountRole).toULongLong();
        if (l != r)
            return l > r;
    } else if (m_sortOrder == Settings::RecentlyUsed) {
        const QDateTime l = left.data(AccountListModel::LastUsedRole).toDateTime();
        const QDateTime r = right.data(AccountListModel::LastUsedRole).toDateTime();
        if (l != r)
            return l > r; // an invalid (never used) time sorts last
    } else if (m_sortOrder == Settings::ByName) {
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
