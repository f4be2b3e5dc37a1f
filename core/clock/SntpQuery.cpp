// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/SntpQuery.h"

#include "storage/FileDescriptor.h"
#include "time/Clock.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twofold {

namespace {
SntpError systemError(const char *what)
{
    return {SntpError::NetworkError,
            QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))};
}

QString describe(const sockaddr_storage &address)
{
    char host[NI_MAXHOST] = {};
    char port[NI_MAXSERV] = {};
    if (getnameinfo(reinterpret_cast<const sockaddr *>(&address), sizeof address, host, sizeof host, port,
                    sizeof port, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return {};
    const QString name = QString::fromLatin1(host);
    return (name.contains(QLatin1Char(':')) ? QLatin1Char('[') + name + QLatin1Char(']') : name) +
           QLatin1Char(':') + QString::fromLatin1(port);
}

bool sameEndpoint(const sockaddr_storage &a, const sockaddr *b)
{
    if (a.ss_family != b->sa_family)
        return false;
    if (a.ss_family == AF_INET) {
        const auto &x = reinterpret_cast<const sockaddr_in &>(a);
        const auto &y = *reinterpret_cast<const sockaddr_in *>(b);
        return x.sin_port == y.sin_port && x.sin_addr.s_addr == y.sin_addr.s_addr;
    }
    const auto &x = reinterpret_cast<const sockaddr_in6 &>(a);
    const auto &y = *reinterpret_cast<const sockaddr_in6 *>(b);
    return x.sin6_port == y.sin6_port && std::memcmp(&x.sin6_addr, &y.sin6_addr, sizeof x.sin6_addr) == 0;
}
} // namespace

SntpExpected<SntpQuery::Server> SntpQuery::Server::parse(const QString &text)
{
    const auto bad = std::unexpected(SntpError{SntpError::BadServerName, text});
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad;
        const QString after = host.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return bad;
        port = after.mid(1);
        host = host.mid(1, close - 1);
        if (after.startsWith(QLatin1Char(':')) && port.isEmpty())
            return bad;
    } else if (host.count(QLatin1Char(':')) == 1) {
        port = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
        if (port.isEmpty())
            return bad;
    }
    if (host.isEmpty() || host.size() > 253)
        return bad;
    for (const QChar c : host)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char(':') || c == QLatin1Char('_')) ||
            c.unicode() > 127)
            return bad;
    Server server{host};
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return bad;
        server.port = quint16(number);
    }
    return server;
}

SntpExpected<SntpReading> SntpQuery::run(const Server &server, const Clock &clock,
                                         std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *found = nullptr;
    const QByteArray host = server.host.toLatin1();
    const QByteArray port = QByteArray::number(server.port);
    if (getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return std::unexpected(SntpError{SntpError::HostNotFound, server.host});
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, freeaddrinfo);

    const FileDescriptor socket(::socket(found->ai_family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0)
        return std::unexpected(systemError("socket"));
    const quint64 sent = SntpPacket::toNtp(clock.currentMSecs() * 1000);
    const QByteArray request = SntpPacket::request(sent);
    if (::sendto(socket.get(), request.constData(), size_t(request.size()), 0, found->ai_addr,
                 found->ai_addrlen) < 0)
        return std::unexpected(systemError("sendto"));

    QString strayFrom;
    for (;;) {
        pollfd waiting{socket.get(), POLLIN, 0};
        const int ready = ::poll(&waiting, 1, int(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return std::unexpected(systemError("poll"));
        if (ready == 0)
            return std::unexpected(strayFrom.isEmpty() ? SntpError{SntpError::Timeout}
                                                       : SntpError{SntpError::WrongSource, strayFrom});
        QByteArray reply(1024, '\0');
        sockaddr_storage from = {};
        socklen_t fromLength = sizeof from;
        const ssize_t received = ::recvfrom(socket.get(), reply.data(), size_t(reply.size()), 0,
                                            reinterpret_cast<sockaddr *>(&from), &fromLength);
        const qint64 receivedUs = clock.currentMSecs() * 1000;
        if (received < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return std::unexpected(systemError("recvfrom"));
        }
        if (!sameEndpoint(from, found->ai_addr)) {
            strayFrom = describe(from);
            continue;
        }
        reply.truncate(received);
        return SntpPacket::parseReply(reply, sent, receivedUs);
    }
}

} // namespace twofold
