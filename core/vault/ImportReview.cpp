// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReview.h"

#include "crypto/ConstantTime.h"
#include "vault/VaultStore.h"

namespace twofold {

ImportReview::ImportReview(const VaultStore &store, ImportResult batch)
    : m_batch(std::move(batch))
{
    for (qsizetype i = 0; i < m_batch.accounts.size(); ++i) {
        const OtpAuthUri &otp = m_batch.accounts.at(i).otp;
        Candidate candidate;
        candidate.issuer = otp.issuer();
        candidate.name = otp.name();
        candidate.type = otpTypeName(otp.parameters().type());
        candidate.accountIndex = int(i);
        if (const auto existing = store.findDuplicate(otp)) {
            candidate.status = Status::Duplicate;
            candidate.duplicateOf = *existing;
        } else {
            for (qsizetype earlier = 0; earlier < i; ++earlier) {
                const OtpAuthUri &other = m_batch.accounts.at(earlier).otp;
                if (ConstantTime::equal(other.secret(), otp.secret()) &&
                    other.parameters().type() == otp.parameters().type()) {
                    candidate.status = Status::Duplicate;
                    break;
                }
            }
        }
        m_candidates.append(candidate);
    }
    for (const ImportProblem &problem : m_batch.rejected) {
        Candidate candidate;
        candidate.status = Status::Rejected;
        candidate.name = problem.label;
        candidate.problem = problem.error;
        m_candidates.append(candidate);
    }
}

int ImportReview::count(Status status) const
{
    return int(std::ranges::count(m_candidates, status, &Candidate::status));
}

QList<int> ImportReview::newOnes() const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).status == Status::New)
            out.append(int(i));
    }
    return out;
}

Expected<QList<Account>> ImportReview::apply(VaultStore &store, const QList<int> &chosen) const
{
    if (!store.isUnlocked())
        return fail(ErrorCode::VaultLocked);
    QList<Account> added;
    QList<bool> taken(m_candidates.size(), false);
    for (int index : chosen) {
        if (index < 0 || index >= m_candidates.size() || taken.at(index) ||
            m_candidates.at(index).status == Status::Rejected)
            continue;
        taken[index] = true;
        auto account = store.add(m_batch.accounts.at(m_candidates.at(index).accountIndex));
        if (!account)
            return std::unexpected(account.error());
        added.append(*account);
    }
    return added;
}

} // namespace twofold
