// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "transfer/ImportResult.h"
#include "vault/Account.h"

#include <QList>
#include <QUuid>

namespace twofold {

class VaultStore;

// The review-and-merge step every way in shares (file import, QR codes, pasted links, `twofold import`):
// each entry of a batch is new, a duplicate (same secret and type as an account in the vault or earlier
// in the batch) or rejected (with its reason). apply() adds exactly the chosen entries; nothing already in
// the vault is changed.
class ImportReview
{
public:
    enum class Status
    {
        New,
        Duplicate,
        Rejected
    };

    struct Candidate
    {
        Status status = Status::New;
        QString issuer;
        QString name;
        QString type;          // "totp", "hotp", "steam"; empty when rejected
        QUuid duplicateOf;     // the vault account it duplicates; null for a duplicate within the batch
        Error problem{};       // why it was rejected
        int accountIndex = -1; // into the batch's accounts; -1 when rejected
    };

    ImportReview() = default;
    // Classifies against the vault as it is now; the vault must be unlocked to see secrets.
    ImportReview(const VaultStore &store, ImportResult batch);

    const QList<Candidate> &candidates() const { return m_candidates; }
    const QString &format() const { return m_batch.format; }
    int count(Status status) const;
    // Indices of the candidates a user would import without thinking: all new ones.
    QList<int> newOnes() const;

    // Adds the chosen candidates (indices into candidates(); rejected ones and unknown indices are ignored)
    // and returns the accounts added, in order. Errors: VaultLocked; nothing is added then.
    [[nodiscard]] Expected<QList<Account>> apply(VaultStore &store, const QList<int> &chosen) const;

private:
    ImportResult m_batch;
    QList<Candidate> m_candidates;
};

} // namespace twofold
