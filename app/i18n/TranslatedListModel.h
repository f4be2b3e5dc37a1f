// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace twofold {

// A fixed list whose texts are translated when read: when the language changes (a translator installed or
// removed), every row reports its data changed, so views show the new language without a restart.
class TranslatedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TranslatedListModel(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace twofold
