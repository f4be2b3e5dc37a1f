// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "transfer/ImportResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace twofold {

// The texts of QR codes scanned one after another (image files, the screen, the camera): otpauth links and
// Google Authenticator transfer codes, whose accounts may span several codes of one batch. Collects them
// until the user reviews the result, and says which batches are still incomplete ("2 of 3 scanned").
class ScannedCodes
{
public:
    struct Batch
    {
        int scanned;
        int total;
    };

    // Adds one code's text. Returns how many accounts (or rejected entries) it brought; 0 when the same code
    // was scanned before. Errors: UriBadScheme when the text is neither kind of link, MigrationBadData /
    // UriTooLong when a transfer code is malformed. A malformed otpauth link is not an error here: it becomes
    // a rejected entry, so the review can show it.
    [[nodiscard]] Expected<int> add(QByteArrayView text);

    bool isEmpty() const { return m_texts.isEmpty(); }
    // Transfer batches with codes still missing.
    QList<Batch> incompleteBatches() const;
    // Everything collected so far, in scan order. Errors: ImportTooLarge (TooManyEntries).
    [[nodiscard]] Expected<ImportResult> result() const;

private:
    QList<QByteArray> m_texts;
    QSet<QByteArray> m_seen;
    QHash<int, Batch> m_batches;
    QHash<int, QSet<int>> m_batchIndices;
};

} // namespace twofold
