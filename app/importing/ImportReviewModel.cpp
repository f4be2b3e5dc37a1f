// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReviewModel.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"

namespace twofold {

ImportReviewModel::ImportReviewModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ImportReviewModel::setReview(ImportReview review,
                                  const std::function<QString(const QUuid &)> &describeDuplicate)
{
    beginResetModel();
    m_review = std::move(review);
    m_selected.clear();
    m_reasons.clear();
    for (const ImportReview::Candidate &candidate : m_review.candidates()) {
        m_selected.append(candidate.status == ImportReview::Status::New);
        switch (candidate.status) {
        case ImportReview::Status::New:
            m_reasons.append(QString());
            break;
        case ImportReview::Status::Duplicate:
            m_reasons.append(
                candidate.duplicateOf.isNull()
                    ? tr("The same secret appears earlier in this import.")
                    : tr("Already in the vault as %1.").arg(describeDuplicate(candidate.duplicateOf)));
            break;
        case ImportReview::Status::Rejected:
            m_reasons.append(ErrorText::describe(candidate.problem));
            break;
        }
    }
    endResetModel();
    Q_EMIT reviewChanged();
    Q_EMIT selectionChanged();
}

void ImportReviewModel::clear()
{
    setReview({}, {});
}

QList<int> ImportReviewModel::selectedRows() const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_selected.size(); ++i) {
        if (m_selected.at(i))
            rows.append(int(i));
    }
    return rows;
}

void ImportReviewModel::setSelected(int row, bool selected)
{
    if (row < 0 || row >= m_selected.size() || m_selected.at(row) == selected ||
        m_review.candidates().at(row).status == ImportReview::Status::Rejected)
        return;
    m_selected[row] = selected;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {SelectedRole});
    Q_EMIT selectionChanged();
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.candidates().size());
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportReview::Candidate &candidate = m_review.candidates().at(index.row());
    switch (role) {
    case IssuerRole:
        return DisplayText::clean(candidate.issuer);
    case NameRole:
        return DisplayText::clean(candidate.name);
    case TypeRole:
        return candidate.type.toUpper();
    case StatusRole:
        return candidate.status == ImportReview::Status::New         ? QStringLiteral("new")
               : candidate.status == ImportReview::Status::Duplicate ? QStringLiteral("duplicate")
                                                                     : QStringLiteral("rejected");
    case ReasonRole:
        return m_reasons.at(index.row());
    case SelectedRole:
        return m_selected.at(index.row());
    case SelectableRole:
        return candidate.status != ImportReview::Status::Rejected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportReviewModel::roleNames() const
{
    return {{IssuerRole, "issuer"},        {NameRole, "name"},     {TypeRole, "type"},
            {StatusRole, "status"},        {ReasonRole, "reason"}, {SelectedRole, "selected"},
            {SelectableRole, "selectable"}};
}

} // namespace twofold
