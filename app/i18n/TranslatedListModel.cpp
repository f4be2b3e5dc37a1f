// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/TranslatedListModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace twofold {

TranslatedListModel::TranslatedListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The application hears of every translator installed or removed (QCoreApplication::installTranslator).
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool TranslatedListModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    return QAbstractListModel::eventFilter(watched, event);
}

} // namespace twofold
