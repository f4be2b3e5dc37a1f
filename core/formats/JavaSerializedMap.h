// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace twofold {

// Reads a java.util.HashMap<String, String> written by Java serialization (ObjectOutputStream), as
// FreeOTP 2 stores its backups. Only the constructs such a map produces are understood: the HashMap
// class descriptor with primitive fields, its block data, and String keys and values (short, long, null
// or back-references). Anything else is refused; every length is checked against the bytes left.
class JavaSerializedMap
{
public:
    using Entries = QList<QPair<QString, QString>>;

    // Whether the bytes start like a serialized java.util.HashMap (magic, object, class name).
    [[nodiscard]] static bool looksLike(QByteArrayView data);

    // The entries in stream order; at most `maxEntries`. Errors: ImportDamaged with detail
    // "serialization" for anything malformed or unexpected, ImportTooLarge (TooManyEntries).
    [[nodiscard]] static Expected<Entries> read(QByteArrayView data, const QString &formatId, int maxEntries);
};

} // namespace twofold
