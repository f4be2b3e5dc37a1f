// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

namespace twofold {

// Where a file dropped on the account list goes: an image is read for a QR code, anything else is offered
// to the import (another app's export or backup). Only the first of several files is taken.
class DropRouter : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    using QObject::QObject;

    Q_INVOKABLE void route(const QList<QUrl> &files);
    // Whether Qt can read `file` as an image (by its content and name).
    static bool isImage(const QUrl &file);

Q_SIGNALS:
    void imageDropped(const QUrl &file);
    void fileDropped(const QUrl &file);
};

} // namespace twofold
