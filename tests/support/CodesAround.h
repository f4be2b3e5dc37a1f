// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpGenerator.h"
#include "uri/OtpAuthUri.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace twofold::test {

// The codes a copy made now may hold: this period's, the next (copied when this one is about to expire),
// or the last (the period turned while the test waited).
inline QStringList codesAround(const QString &link)
{
    const auto uri = OtpAuthUri::parse(link.toUtf8());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList codes;
    for (const qint64 time : {now - 30, now, now + 30})
        codes << (uri ? OtpGenerator::code(uri->secret(), uri->parameters(), time).value_or(QString())
                      : QString());
    return codes;
}

} // namespace twofold::test
