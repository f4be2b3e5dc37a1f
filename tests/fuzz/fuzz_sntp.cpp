// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any datagram as an SNTP reply never crashes, and one accepted is 48 bytes at least, a server's
// reply to this very request, with a finite offset.
#include "FuzzSupport.h"
#include "clock/SntpPacket.h"

#include <QtEndian>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const QByteArray reply(reinterpret_cast<const char *>(data), qsizetype(size));
    // The origin the seeds echo: the request of 2026-12-04 00:00:00 UTC.
    const quint64 sent = twofold::SntpPacket::toNtp(qint64(1796342400) * 1000000);
    const auto reading = twofold::SntpPacket::parseReply(reply, sent, qint64(1796342401) * 1000000);
    if (!reading)
        return 0;
    if (reply.size() < twofold::SntpPacket::size || qFromBigEndian<quint64>(reply.constData() + 24) != sent ||
        (quint8(reply.at(0)) & 7) != 4 || reading->stratum < 1 || reading->stratum > 15)
        std::abort();
    return 0;
}
