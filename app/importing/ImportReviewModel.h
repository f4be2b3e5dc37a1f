// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ImportReview.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace twofold {

// The preview table of an import: one row per entry (new, duplicate, rejected) with a check box. Holds the
// batch (and so its secrets) in C++; rows expose only what the user reads.
class ImportReviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ImportSession")
    Q_PROPERTY(int newCount READ newCount NOTIFY reviewChanged)
    Q_PROPERTY(int duplicateCount READ duplicateCount NOTIFY reviewChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY reviewChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)

public:
    enum Role
    {
        IssuerRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,
        StatusRole, // "new", "duplicate", "rejected"
        ReasonRole, // why it is a duplicate or rejected, a sentence
        SelectedRole,
        SelectableRole,
    };

    explicit ImportReviewModel(QObject *parent = nullptr);

    // New entries start selected; duplicates and rejected ones do not. `describeDuplicate` names the account
    // an entry duplicates.
    void setReview(ImportReview review, const std::function<QString(const QUuid &)> &describeDuplicate);
    void clear();
    const ImportReview &review() const { return m_review; }
    QList<int> selectedRows() const;

    int newCount() const { return m_review.count(ImportReview::Status::New); }
    int duplicateCount() const { return m_review.count(ImportReview::Status::Duplicate); }
    int rejectedCount() const { return m_review.count(ImportReview::Status::Rejected); }
    int selectedCount() const { return int(selectedRows().size()); }

    Q_INVOKABLE void setSelected(int row, bool selected);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reviewChanged();
    void selectionChanged();

private:
    ImportReview m_review;
    QList<bool> m_selected;
    QStringList m_reasons;
};

} // namespace twofold
