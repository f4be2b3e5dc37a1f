// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/BrandIcons.h"
#include "vault/Account.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQmlIntegration>

namespace twofold {

class VaultStore;

// The unlocked accounts as rows for the list: metadata and current/next codes — never a secret.
// Codes come from VaultStore on demand, when a view reads them; tick() marks only rows whose period
// rolled over and signals just the code roles, so rows sharing a period share one clock. Empty when locked.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VaultSession")

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        IssuerRole,
        NameRole,
        CodeRole,
        NextCodeRole,
        PeriodRole,
        CounterBasedRole,
        FavouriteRole,
        TagsRole,
        NoteRole,
        MonogramRole,
        ColorRole,
        SearchTextRole,
        LastUsedRole,
        UsageCountRole,
        BrandIconRole, // qrc URL of the service's glyph, "" when it shows a monogram
    };
    Q_ENUM(Role)

    explicit AccountListModel(const VaultStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rebuilds the rows from the store (after unlock or a change) for time `now` (Unix seconds).
    void reload(qint64 now);
    void clear();
    // Recomputes codes whose period changed since the last tick.
    void tick(qint64 now);
    int rowOf(const QUuid &uuid) const;
    // Every tag in use, sorted, each once (case-insensitively).
    QStringList tags() const { return m_tags; }
    QUuid uuidAt(int row) const;

private:
    struct Row
    {
        Account account;
        QString issuer; // cleaned for display
        QString name;
        quint64 step = 0;                       // the time step (or HOTP counter) the row shows
        std::optional<BrandIcons::Brand> brand; // looked up once, at reload
        // Computed on first read: a view asks only for visible rows, so 10,000 accounts cost a screenful
        // of HMACs per period, not 20,000.
        mutable QString code;
        mutable QString nextCode;
        mutable bool computed = false;
    };
    void computeCodes(const Row &row) const;
    static quint64 stepOf(const Account &account, qint64 now);

    const VaultStore &m_store;
    QList<Row> m_rows;
    QStringList m_tags;
    qint64 m_now = 0;
};

} // namespace twofold
