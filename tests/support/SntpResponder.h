// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QSemaphore>
#include <QThread>
#include <QUdpSocket>
#include <QtEndian>

namespace twofold::test {

// An SNTP server on 127.0.0.1 for the clock-check tests: answers each request with its own clock shifted by
// `offsetMs`, or with one deliberate fault. It runs on its own thread, so a blocking query in the test's
// thread, or a `twofold` process the test waits for, gets its answers. Written from RFC 4330 on its own
// (not with core's SntpPacket), so a mistake there does not cancel out.
class SntpResponder : public QThread
{
public:
    enum Fault
    {
        None,
        Silent,         // never answers
        ShortReply,     // 20 bytes
        WrongSource,    // answers correctly, but from a second socket on another port
        WrongOrigin,    // the origin timestamp is not the request's transmit timestamp
        KissOfDeath,    // stratum 0, reference id "RATE"
        Unsynchronised, // leap indicator 3
        WrongMode,      // mode 3 (a client), not 4
        WrongVersion,   // version 2
    };

    explicit SntpResponder(qint64 offsetMs, Fault fault = None)
        : m_offsetMs(offsetMs)
        , m_fault(fault)
    {
        start();
        m_ready.acquire();
    }
    ~SntpResponder() override
    {
        requestInterruption();
        wait();
    }

    quint16 port() const { return m_port; }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_requests.loadRelaxed(); }

    // Seconds since 1900 and a 32-bit binary fraction.
    static quint64 ntpTime(qint64 unixMs)
    {
        const quint64 seconds = quint64(unixMs / 1000 + 2208988800LL) & 0xffffffffULL;
        const quint64 fraction = (quint64(unixMs % 1000) << 32) / 1000;
        return (seconds << 32) | fraction;
    }

protected:
    void run() override
    {
        QUdpSocket socket;
        QUdpSocket other;
        socket.bind(QHostAddress::LocalHost, 0);
        other.bind(QHostAddress::LocalHost, 0);
        m_port = socket.localPort();
        m_ready.release();
        while (!isInterruptionRequested()) {
            if (!socket.waitForReadyRead(20))
                continue;
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram request = socket.receiveDatagram();
                m_requests.ref();
                if (m_fault == Silent || request.data().size() < 48)
                    continue;
                const QByteArray reply = answer(request.data());
                QUdpSocket &from = m_fault == WrongSource ? other : socket;
                from.writeDatagram(reply, request.senderAddress(), quint16(request.senderPort()));
            }
        }
    }

private:
    QByteArray answer(const QByteArray &request) const
    {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
        QByteArray reply(48, '\0');
        const int leap = m_fault == Unsynchronised ? 3 : 0;
        const int version = m_fault == WrongVersion ? 2 : 4;
        const int mode = m_fault == WrongMode ? 3 : 4;
        reply[0] = char((leap << 6) | (version << 3) | mode);
        reply[1] = char(m_fault == KissOfDeath ? 0 : 2);
        if (m_fault == KissOfDeath)
            reply.replace(12, 4, "RATE");
        quint64 origin = qFromBigEndian<quint64>(request.constData() + 40);
        if (m_fault == WrongOrigin)
            origin ^= 0x10000;
        qToBigEndian(origin, reply.data() + 24);
        qToBigEndian(ntpTime(nowMs), reply.data() + 32); // receive
        qToBigEndian(ntpTime(nowMs), reply.data() + 40); // transmit
        return m_fault == ShortReply ? reply.left(20) : reply;
    }

    const qint64 m_offsetMs;
    const Fault m_fault;
    quint16 m_port = 0;
    QSemaphore m_ready;
    QAtomicInt m_requests;
};

} // namespace twofold::test
