// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayMenu.h"

#include "accounts/AccountListModel.h"
#include "accounts/DisplayText.h"

#include <QCollator>
#include <QMenu>

#include <algorithm>

namespace twofold {

namespace {
// A 5,000-character name must not make a screen-wide menu: about 60 characters at most in all.
QString shortened(const QString &text, qsizetype limit)
{
    return text.size() <= limit ? text : text.first(limit - 1) + QChar(0x2026);
}

// As people read lists: "amazon" beside "Apple", "Ávila" among the A's, "S2" before "S10".
QCollator collator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}
} // namespace

QList<TrayMenu::Entry> TrayMenu::entries(const QAbstractItemModel &accounts)
{
    QList<Entry> out;
    out.reserve(accounts.rowCount());
    for (int row = 0; row < accounts.rowCount(); ++row) {
        const QModelIndex index = accounts.index(row, 0);
        out.append({index.data(AccountListModel::UuidRole).toString(),
                    index.data(AccountListModel::IssuerRole).toString(),
                    index.data(AccountListModel::NameRole).toString(),
                    index.data(AccountListModel::FavouriteRole).toBool(),
                    index.data(AccountListModel::LastUsedRole).toDateTime()});
    }
    return out;
}

QString TrayMenu::label(const QString &issuer, const QString &name)
{
    const QString cleanIssuer = shortened(DisplayText::clean(issuer), 28);
    const QString cleanName = shortened(DisplayText::clean(name), 32);
    QString text = cleanIssuer.isEmpty() ? cleanName
                   : cleanName.isEmpty() ? cleanIssuer
                                         : cleanIssuer + QStringLiteral(" — ") + cleanName;
    if (text.isEmpty())
        text = tr("(unnamed account)");
    return text.replace(u'&', QStringLiteral("&&"));
}

QString TrayMenu::group(const Entry &entry)
{
    const QString source = DisplayText::clean(entry.issuer.isEmpty() ? entry.name : entry.issuer);
    for (const QChar c : source)
        if (c.isLetterOrNumber()) // "Á" files under "A"
            return QString(c).normalized(QString::NormalizationForm_KD).first(1).toUpper();
    return QStringLiteral("#");
}

void TrayMenu::addAccounts(QMenu &menu, const QList<Entry> &entries,
                           const std::function<void(const QString &uuid)> &copy)
{
    const auto add = [&copy](QMenu &into, const Entry &entry) {
        QAction *action = into.addAction(label(entry.issuer, entry.name));
        action->setData(entry.uuid);
        QObject::connect(action, &QAction::triggered, action, [copy, uuid = entry.uuid] { copy(uuid); });
    };

    const QCollator order = collator();
    QList<Entry> all = entries;
    std::sort(all.begin(), all.end(), [&order](const Entry &a, const Entry &b) {
        const int issuer = order.compare(a.issuer, b.issuer);
        return issuer != 0 ? issuer < 0 : order.compare(a.name, b.name) < 0;
    });

    QList<Entry> favourites;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(favourites),
                 [](const Entry &entry) { return entry.favourite; });
    if (!favourites.isEmpty()) {
        menu.addSection(tr("Favourites"));
        for (const Entry &entry : std::as_const(favourites))
            add(menu, entry);
    }

    QList<Entry> recent;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(recent),
                 [](const Entry &entry) { return !entry.favourite && entry.lastUsed.isValid(); });
    std::stable_sort(recent.begin(), recent.end(),
                     [](const Entry &a, const Entry &b) { return a.lastUsed > b.lastUsed; });
    if (!recent.isEmpty()) {
        menu.addSection(tr("Recently used"));
        for (const Entry &entry : recent.first(std::min<qsizetype>(recent.size(), maxRecent)))
            add(menu, entry);
    }

    menu.addSection(tr("All accounts"));
    if (all.isEmpty()) {
        menu.addAction(tr("No accounts yet"))->setEnabled(false);
        return;
    }
    if (all.size() <= maxUngrouped) {
        for (const Entry &entry : std::as_const(all))
            add(menu, entry);
        return;
    }
    // By letter, keeping the order within each letter (leading symbols make it differ a little).
    std::stable_sort(all.begin(), all.end(), [&order](const Entry &a, const Entry &b) {
        return order.compare(group(a), group(b)) < 0;
    });
    QMenu *current = nullptr;
    for (const Entry &entry : std::as_const(all)) {
        const QString letter = group(entry);
        if (!current || current->title() != letter)
            current = menu.addMenu(letter);
        add(*current, entry);
    }
}

} // namespace twofold
