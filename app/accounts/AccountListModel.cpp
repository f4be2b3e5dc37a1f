// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountListModel.h"

#include "accounts/DisplayText.h"
#include "codes/CodeFormat.h"
#include "vault/VaultStore.h"

#include <QColor>

#include <algorithm>

namespace twofold {

namespace {
// A stable, pleasant colour per issuer for the monogram when there is no brand icon.
QColor monogramColor(const QString &key)
{
    // FNV-1a, not qHash: qHash is seeded per process, and people recognise accounts by a colour that stays.
    quint32 hash = 2166136261u;
    for (const QChar c : key.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsl(int(hash % 360), 140, 110);
}

QString monogram(const QString &issuer, const QString &name)
{
    const QString source = issuer.isEmpty() ? name : issuer;
    for (const QChar c : source)
        if (c.isLetterOrNumber())
            return QString(c).toUpper();
    return QStringLiteral("?");
}
} // namespace

AccountListModel::AccountListModel(const VaultStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Account &account = row.account;
    switch (role) {
    case Qt::DisplayRole:
    case IssuerRole:
        return row.issuer;
    case UuidRole:
        return account.uuid.toString(QUuid::WithoutBraces);
    case NameRole:
        return row.name;
    case CodeRole:
    case NextCodeRole:
        if (!row.computed)
            computeCodes(row);
        return role == CodeRole ? row.code : row.nextCode;
    case PeriodRole:
        return account.parameters.period();
    case CounterBasedRole:
        return !account.parameters.isTimeBased();
    case FavouriteRole:
        return account.favourite;
    case TagsRole:
        return account.tags;
    case NoteRole:
        return account.note;
    case MonogramRole:
        return monogram(row.issuer, row.name);
    case ColorRole:
        return row.brand ? row.brand->colour : monogramColor(row.issuer.isEmpty() ? row.name : row.issuer);
    case BrandIconRole:
        return row.brand ? row.brand->url : QString();
    case SearchTextRole:
        return QStringList{row.issuer, row.name, account.tags.join(QLatin1Char(' ')), account.note}.join(
            QLatin1Char('\n'));
    case LastUsedRole:
        return account.lastUsed;
    case UsageCountRole:
        return QVariant::fromValue(account.usageCount);
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {
        {UuidRole, "uuid"},
        {IssuerRole, "issuer"},
        {NameRole, "name"},
        {CodeRole, "code"},
        {NextCodeRole, "nextCode"},
        {PeriodRole, "period"},
        {CounterBasedRole, "counterBased"},
        {FavouriteRole, "favourite"},
        {TagsRole, "tags"},
        {NoteRole, "note"},
        {MonogramRole, "monogram"},
        {ColorRole, "monogramColor"},
        {BrandIconRole, "brandIcon"},
    };
}

quint64 AccountListModel::stepOf(const Account &account, qint64 now)
{
    const OtpParameters &parameters = account.parameters;
    return parameters.isTimeBased() ? OtpGenerator::timeStep(parameters, now) : parameters.counter();
}

void AccountListModel::computeCodes(const Row &row) const
{
    const bool steam = row.account.parameters.type() == OtpType::Steam;
    const auto current = m_store.code(row.account.uuid, m_now);
    const auto next = m_store.code(row.account.uuid, m_now, OtpGenerator::Step::Next);
    row.code = current ? CodeFormat::grouped(*current, steam) : QString();
    row.nextCode = next ? CodeFormat::grouped(*next, steam) : QString();
    row.computed = true;
}

void AccountListModel::reload(qint64 now)
{
    beginResetModel();
    m_now = now;
    m_rows.clear();
    for (Account account : m_store.accounts()) {
        // Tags are untrusted text like the names (imported from other apps): shown and searched cleaned.
        for (QString &tag : account.tags)
            tag = DisplayText::clean(tag);
        const QString issuer = DisplayText::clean(account.issuer);
        m_rows.append({account,
                       issuer,
                       DisplayText::clean(account.name),
                       stepOf(account, now),
                       BrandIcons::instance().find(account.icon, issuer),
                       {},
                       {},
                       false});
    }
    m_tags.clear();
    for (const Row &row : std::as_const(m_rows))
        for (const QString &tag : row.account.tags)
            if (!m_tags.contains(tag, Qt::CaseInsensitive))
                m_tags.append(tag);
    std::ranges::sort(m_tags, [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
    });
    endResetModel();
}

void AccountListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_tags.clear();
    endResetModel();
}

void AccountListModel::tick(qint64 now)
{
    m_now = now;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const quint64 step = stepOf(row.account, now);
        if (!row.account.parameters.isTimeBased() || step == row.step)
            continue;
        row.step = step;
        row.computed = false;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {CodeRole, NextCodeRole});
    }
}

int AccountListModel::rowOf(const QUuid &uuid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).account.uuid == uuid)
            return int(i);
    return -1;
}

QUuid AccountListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).account.uuid : QUuid();
}

} // namespace twofold
