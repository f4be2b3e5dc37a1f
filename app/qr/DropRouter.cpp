// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/DropRouter.h"

#include <QImageReader>

namespace twofold {

void DropRouter::route(const QList<QUrl> &files)
{
    if (files.isEmpty())
        return;
    const QUrl &file = files.constFirst();
    if (isImage(file))
        Q_EMIT imageDropped(file);
    else
        Q_EMIT fileDropped(file);
}

bool DropRouter::isImage(const QUrl &file)
{
    return !QImageReader::imageFormat(file.toLocalFile()).isEmpty();
}

} // namespace twofold
