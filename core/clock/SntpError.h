// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace twofold {

// Why a clock check gave no offset. Kept apart from ErrorCode: these are network answers, not stored data,
// and each needs its own sentence (app/clock/SntpErrorText) and the CLI's exit code 2.
struct SntpError
{
    enum Kind
    {
        BadServerName,  // detail: the text given; not HOST or HOST:PORT
        HostNotFound,   // detail: the host name
        NetworkError,   // detail: the system's message
        Timeout,        // no reply within the time allowed
        WrongSource,    // only replies from another address or port arrived; detail: that address
        ShortReply,     // detail: the length received (an SNTP reply has at least 48 bytes)
        WrongVersion,   // detail: the version number in the reply
        WrongMode,      // detail: the mode in the reply (a server answers with 4)
        OriginMismatch, // the reply does not answer our request (its origin timestamp differs)
        KissOfDeath,    // stratum 0: the server refuses to serve; detail: its kiss code (e.g. "RATE", "DENY")
        Unsynchronised, // the server says its own clock is not set (leap indicator 3 or stratum over 15)
        BadTimestamps,  // detail: which timestamp is zero or earlier than it can be ("transmit", "receive")
    };

    Kind kind;
    QString detail = {};

    bool operator==(const SntpError &) const = default;
};

template<typename T> using SntpExpected = std::expected<T, SntpError>;

} // namespace twofold
