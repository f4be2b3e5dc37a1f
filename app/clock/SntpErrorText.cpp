// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/SntpErrorText.h"

#include <cmath>

namespace twofold {

QString SntpErrorText::describe(const SntpError &error)
{
    switch (error.kind) {
    case SntpError::BadServerName:
        return tr("“%1” is not a time server: give a host name or address, optionally with :PORT.")
            .arg(error.detail);
    case SntpError::HostNotFound:
        return tr("The time server “%1” was not found.").arg(error.detail);
    case SntpError::NetworkError:
        return tr("The time server could not be asked (%1).").arg(error.detail);
    case SntpError::Timeout:
        return tr("The time server did not answer within 3 seconds.");
    case SntpError::WrongSource:
        return tr("Refused a reply from %1, which is not the time server asked; the server itself did not "
                  "answer.")
            .arg(error.detail);
    case SntpError::ShortReply:
        return tr("Refused the time server's reply: %1 bytes, too short for SNTP (48 at least).")
            .arg(error.detail);
    case SntpError::WrongVersion:
        return tr("Refused the time server's reply: NTP version %1 (3 or 4 expected).").arg(error.detail);
    case SntpError::WrongMode:
        return tr("Refused the reply: it is not a time server's answer (mode %1).").arg(error.detail);
    case SntpError::OriginMismatch:
        return tr("Refused the reply: it does not answer this request (its origin timestamp differs).");
    case SntpError::KissOfDeath:
        return error.detail.isEmpty()
                   ? tr("The time server refused to answer (kiss-o'-death).")
                   : tr("The time server refused to answer (kiss-o'-death %1).").arg(error.detail);
    case SntpError::Unsynchronised:
        return tr("Refused the reply: the time server says its own clock is not synchronised.");
    case SntpError::BadTimestamps:
        return tr("Refused the time server's reply: its %1 timestamp is invalid.").arg(error.detail);
    }
    return {};
}

QString SntpErrorText::offset(qint64 offsetUs)
{
    const qint64 ms = std::llround(double(offsetUs) / 1000.0);
    const qint64 magnitude = ms < 0 ? -ms : ms;
    return QStringLiteral("%1%2.%3 s")
        .arg(ms < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 1000)
        .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace twofold
