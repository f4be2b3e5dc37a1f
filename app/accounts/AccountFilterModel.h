#pragma once

#include "settings/Settings.h"

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace twofold {

// What the list shows: rows matching the search text (issuer, name, tags, note; every word must
// match, case-insensitively), favourites first, then by issuer and name.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VaultController")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit AccountFilterModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return rowCount(); }
    // The uuid of a visible row ("" when out of range); QML acts on accounts by uuid, not by delegate.
    Q_INVOKABLE QString uuidAt(int row) const;
    // Favourites always come first, then the chosen order.
    void setSortOrder(Settings::SortOrder order);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_query;
    Settings::SortOrder m_sortOrder = Settings::ByIssuer;
    QStringList m_words;
};

} // namespace twofold
