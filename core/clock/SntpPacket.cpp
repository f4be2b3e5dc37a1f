// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/SntpPacket.h"

#include <QtEndian>

namespace twofold {

namespace {
constexpr qint64 secondsFrom1900To1970 = 2208988800LL;
constexpr qint64 microsPerSecond = 1000000;
constexpr int maxStratum = 15; // 16 means "unsynchronised"

// Offsets of the fields in the 48-byte header (RFC 4330 section 4).
constexpr int stratumAt = 1;
constexpr int referenceIdAt = 12;
constexpr int originateAt = 24;
constexpr int receiveAt = 32;
constexpr int transmitAt = 40;

quint64 timestampAt(const QByteArray &packet, int offset)
{
    return qFromBigEndian<quint64>(packet.constData() + offset);
}
} // namespace

quint64 SntpPacket::toNtp(qint64 unixUs)
{
    const qint64 seconds = unixUs / microsPerSecond + secondsFrom1900To1970;
    const quint64 micros = quint64(unixUs % microsPerSecond);
    // Seconds wrap at 2^32 (in 2036): era 1 starts at 0 again.
    return (quint64(seconds) << 32) + (micros << 32) / microsPerSecond;
}

qint64 SntpPacket::toUnixUs(quint64 ntp)
{
    const qint64 seconds = qint64(ntp >> 32);
    // RFC 4330 section 3: a clear top bit means era 1 (2036 to 2104), as no server predates 1968.
    const qint64 sinceEpoch = (seconds & 0x80000000LL) ? seconds - secondsFrom1900To1970
                                                       : seconds + (1LL << 32) - secondsFrom1900To1970;
    const qint64 micros = qint64(((ntp & 0xffffffffULL) * microsPerSecond) >> 32);
    return sinceEpoch * microsPerSecond + micros;
}

QByteArray SntpPacket::request(quint64 transmit)
{
    QByteArray packet(size, '\0');
    packet[0] = char((0 << 6) | (4 << 3) | 3); // leap indicator 0, version 4, mode 3 (client)
    qToBigEndian(transmit, packet.data() + transmitAt);
    return packet;
}

SntpExpected<SntpReading> SntpPacket::parseReply(const QByteArray &reply, quint64 sent, qint64 receivedUs)
{
    if (reply.size() < size)
        return std::unexpected(SntpError{SntpError::ShortReply, QString::number(reply.size())});
    const auto first = quint8(reply.at(0));
    const int leap = first >> 6;
    const int version = (first >> 3) & 7;
    const int mode = first & 7;
    const int stratum = quint8(reply.at(stratumAt));
    if (version != 3 && version != 4)
        return std::unexpected(SntpError{SntpError::WrongVersion, QString::number(version)});
    if (mode != 4)
        return std::unexpected(SntpError{SntpError::WrongMode, QString::number(mode)});
    if (stratum == 0) {
        // The reference identifier carries four ASCII letters; anything else is shown as nothing.
        QString code;
        for (const char c : reply.mid(referenceIdAt, 4))
            if (c >= 'A' && c <= 'Z')
                code += QLatin1Char(c);
        return std::unexpected(SntpError{SntpError::KissOfDeath, code});
    }
    if (leap == 3 || stratum > maxStratum)
        return std::unexpected(SntpError{SntpError::Unsynchronised, QString::number(stratum)});
    if (timestampAt(reply, originateAt) != sent)
        return std::unexpected(SntpError{SntpError::OriginMismatch});
    const quint64 receive = timestampAt(reply, receiveAt);
    const quint64 transmit = timestampAt(reply, transmitAt);
    if (receive == 0)
        return std::unexpected(SntpError{SntpError::BadTimestamps, QStringLiteral("receive")});
    if (transmit == 0)
        return std::unexpected(SntpError{SntpError::BadTimestamps, QStringLiteral("transmit")});

    const qint64 t1 = toUnixUs(sent);
    const qint64 t2 = toUnixUs(receive);
    const qint64 t3 = toUnixUs(transmit);
    const qint64 t4 = receivedUs;
    if (t3 < t2)
        return std::unexpected(SntpError{SntpError::BadTimestamps, QStringLiteral("transmit")});
    return SntpReading{((t2 - t1) + (t3 - t4)) / 2, (t4 - t1) - (t3 - t2), stratum};
}

} // namespace twofold
