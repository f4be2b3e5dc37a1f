// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PasswordStrength.h"

#include <QSet>

#include <cmath>

namespace twofold {

int PasswordStrength::score(const QString &password) const
{
    const QList<uint> characters = password.toUcs4();
    if (characters.isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const uint c : characters) {
        const QChar ch = c < 0x10000 ? QChar(char16_t(c)) : QChar();
        lower |= ch.isLower();
        upper |= ch.isUpper();
        digit |= ch.isDigit();
        other |= !ch.isLetterOrNumber();
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const qsizetype distinct = QSet<uint>(characters.begin(), characters.end()).size();
    const double bits =
        double(std::min<qsizetype>(characters.size(), distinct * 2)) * std::log2(std::max(pool, 2));
    return bits < 28 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
}

QString PasswordStrength::label(int score) const
{
    switch (score) {
    case 0:
        //: Password strength ratings, from worst to best
        return tr("Too weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    default:
        return tr("Strong");
    }
}

} // namespace twofold
