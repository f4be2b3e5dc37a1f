// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/SntpError.h"

#include <QByteArray>
#include <QtTypes>

namespace twofold {

// What one SNTP exchange tells about the local clock.
struct SntpReading
{
    qint64 offsetUs = 0; // server time minus local time, microseconds
    qint64 delayUs = 0;  // round trip minus the server's own processing time
    int stratum = 0;
};

// SNTP (RFC 4330) packets: the client's request and a pure, bounded check of the server's reply.
// No I/O and no clock: callers pass the local send and receive times, so replies can be tested and fuzzed.
class SntpPacket
{
public:
    static constexpr qsizetype size = 48;

    // Microseconds since the Unix epoch to a 64-bit NTP timestamp (seconds since 1900 and a binary
    // fraction), and back; times from 2036 on use NTP era 1 as RFC 4330 section 3 describes.
    static quint64 toNtp(qint64 unixUs);
    static qint64 toUnixUs(quint64 ntp);

    // A version 4 client request whose transmit timestamp is `transmit` (the reply must echo it).
    static QByteArray request(quint64 transmit);

    // Checks `reply` as the answer to a request sent with transmit timestamp `sent` (local time T1) and
    // received at local time `receivedUs` (T4), and computes the offset ((T2 - T1) + (T3 - T4)) / 2.
    // Errors, checked in this order: ShortReply, WrongVersion (not 3 or 4), WrongMode (not 4, server),
    // KissOfDeath (stratum 0), Unsynchronised (leap indicator 3, stratum over 15), OriginMismatch,
    // BadTimestamps (a zero receive or transmit timestamp). Extra bytes (extensions, a MAC) are ignored.
    static SntpExpected<SntpReading> parseReply(const QByteArray &reply, quint64 sent, qint64 receivedUs);
};

} // namespace twofold
