// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace twofold::AccountSort {
Q_NAMESPACE
QML_ELEMENT

// The orders the account list offers; favourites always come first. Stored by Settings as a number, so
// the values must not change.
enum Order
{
    ByIssuer,
    ByName,
    MostUsed,
    RecentlyUsed,
    Manual // the vault's own order, changed by dragging
};
Q_ENUM_NS(Order)

} // namespace twofold::AccountSort
