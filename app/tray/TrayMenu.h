// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QMenu;

namespace twofold {

// The accounts in the tray menu: favourites first, then the recently used, then all accounts — grouped in
// submenus by first letter when there are more than fit comfortably. Items are plain text with '&' doubled,
// so "A&B" is not a mnemonic, and names are cleaned so one cannot pose as another.
class TrayMenu
{
    Q_DECLARE_TR_FUNCTIONS(TrayMenu)

public:
    struct Entry
    {
        QString uuid;
        QString issuer;
        QString name;
        bool favourite = false;
        QDateTime lastUsed;
    };

    static constexpr int maxRecent = 5;
    static constexpr int maxUngrouped = 15;

    // The rows of an AccountListModel.
    static QList<Entry> entries(const QAbstractItemModel &accounts);
    // Adds the accounts to `menu`; the submenus are its children. Triggering an item calls copy(uuid).
    static void addAccounts(QMenu &menu, const QList<Entry> &entries,
                            const std::function<void(const QString &uuid)> &copy);
    // "Issuer — name" (or whichever is set), cleaned, shortened, '&' doubled.
    static QString label(const QString &issuer, const QString &name);
    // The submenu an account goes in when grouped: its first letter or digit, else "#".
    static QString group(const Entry &entry);
};

} // namespace twofold
