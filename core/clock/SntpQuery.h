// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/SntpPacket.h"

#include <QString>

#include <chrono>

namespace twofold {

class Clock;

// One SNTP exchange with a time server, to tell how far this computer's clock is off. Blocking and
// thread-safe: the CLI calls it directly, the app on a worker thread.
class SntpQuery
{
public:
    struct Server
    {
        QString host;
        quint16 port = 123;

        // "HOST", "HOST:PORT", "[IPv6]" or "[IPv6]:PORT" (a bare IPv6 address has no port).
        // Error: BadServerName.
        static SntpExpected<Server> parse(const QString &text);
    };

    static constexpr std::chrono::milliseconds defaultTimeout{3000};

    // Resolves the server, sends one request and waits until `timeout` has passed since the start for a
    // reply from that address and port. Datagrams from anywhere else are dropped (RFC 4330: they could be
    // forged); if only such datagrams came, the error is WrongSource, if nothing came, Timeout. The first
    // datagram from the server decides: SntpPacket::parseReply's errors, or the reading. `clock` gives
    // the local times T1 and T4. Other errors: HostNotFound, NetworkError.
    static SntpExpected<SntpReading> run(const Server &server, const Clock &clock,
                                         std::chrono::milliseconds timeout = defaultTimeout);
};

} // namespace twofold
