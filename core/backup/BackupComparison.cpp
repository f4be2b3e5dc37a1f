// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupComparison.h"

#include "crypto/ConstantTime.h"

namespace twofold {

BackupComparison BackupComparison::compare(const QList<ExportAccount> &vault,
                                           const QList<ImportedAccount> &backup)
{
    BackupComparison result;
    QList<bool> matched(backup.size(), false);
    for (const ExportAccount &mine : vault) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < backup.size() && found < 0; ++i) {
            const OtpAuthUri &theirs = backup.at(i).otp;
            if (!matched.at(i) && ConstantTime::equal(theirs.secret(), mine.otp.secret()) &&
                theirs.parameters().type() == mine.otp.parameters().type())
                found = i;
        }
        const Entry entry{mine.otp.issuer(), mine.otp.name()};
        if (found < 0) {
            result.missing.append(entry);
            continue;
        }
        matched[found] = true;
        const OtpAuthUri &theirs = backup.at(found).otp;
        if (theirs.issuer() == mine.otp.issuer() && theirs.name() == mine.otp.name() &&
            theirs.parameters() == mine.otp.parameters())
            ++result.same;
        else
            result.changed.append(entry);
    }
    for (qsizetype i = 0; i < backup.size(); ++i) {
        if (!matched.at(i))
            result.extra.append({backup.at(i).otp.issuer(), backup.at(i).otp.name()});
    }
    return result;
}

} // namespace twofold
