// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/TranslatedListModel.h"

#include <QUrl>
#include <QtQmlIntegration>

namespace twofold {

// The export formats the backup dialog offers, in its order: what BackupSession::exportTo() is given for
// each, whether the file is encrypted (a password is asked) and the file name suggested.
class ExportFormats : public TranslatedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        TextRole = Qt::DisplayRole,
        ValueRole = Qt::UserRole + 1,
        EncryptedRole,
        SuffixRole,
    };
    Q_ENUM(Role)

    using TranslatedListModel::TranslatedListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "twofold", "aegis", "aegis-plain", "uris" or "pdf"; "" out of range.
    Q_INVOKABLE QString value(int row) const;
    // Plain formats need the user's "I understand" instead of a password.
    Q_INVOKABLE bool encrypted(int row) const;
    // "file:///twofold-export.json": the name the save dialog starts with.
    Q_INVOKABLE QUrl suggestedFile(int row) const;
};

} // namespace twofold
