// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock/SntpPacket.h"

#include <QTest>
#include <QtEndian>

using namespace twofold;

Q_DECLARE_METATYPE(twofold::SntpError::Kind)

namespace {
constexpr qint64 second = 1000000;

// A well-formed version 4 server reply to a request sent with `origin`.
QByteArray reply(quint64 origin, quint64 receive, quint64 transmit)
{
    QByteArray packet(SntpPacket::size, '\0');
    packet[0] = char((0 << 6) | (4 << 3) | 4);
    packet[1] = 2;
    qToBigEndian(origin, packet.data() + 24);
    qToBigEndian(receive, packet.data() + 32);
    qToBigEndian(transmit, packet.data() + 40);
    return packet;
}
} // namespace

// The pure half of the clock check: timestamps, the request, and every reason to refuse a reply.
class TestSntpPacket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<qint64>("unixUs");
        QTest::addColumn<quint64>("ntp");
        QTest::newRow("Unix epoch") << qint64(0) << (quint64(2208988800U) << 32);
        QTest::newRow("half a second") << qint64(500000) << ((quint64(2208988800U) << 32) | 0x80000000U);
        QTest::newRow("2026-12-04") << qint64(1796342400) * second
                                    << (quint64(1796342400U + 2208988800U) << 32);
        // 2036-02-07 06:28:16 UTC: NTP seconds wrap to 0, era 1.
        QTest::newRow("era 1 starts") << qint64(2085978496) * second << quint64(0);
        QTest::newRow("era 1, a day on") << qint64(2085978496 + 86400) * second << (quint64(86400) << 32);
    }

    void timestamps()
    {
        QFETCH(qint64, unixUs);
        QFETCH(quint64, ntp);
        QCOMPARE(SntpPacket::toNtp(unixUs), ntp);
        QCOMPARE(SntpPacket::toUnixUs(ntp), unixUs);
    }

    void requestIsAVersion4ClientPacket()
    {
        const QByteArray request = SntpPacket::request(0x0123456789abcdefULL);
        QCOMPARE(request.size(), 48);
        QCOMPARE(quint8(request.at(0)), quint8(0x23)); // leap 0, version 4, mode 3
        QCOMPARE(qFromBigEndian<quint64>(request.constData() + 40), 0x0123456789abcdefULL);
        QCOMPARE(request.mid(1, 39), QByteArray(39, '\0'));
    }

    void offsetFromTheFourTimestamps()
    {
        // Sent at 1000 s local, the server received at 1010.5 s and answered at 1010.6 s, back at 1001 s
        // local: offset ((10.5) + (9.6)) / 2 = 10.05 s, delay 1 s - 0.1 s.
        const quint64 t1 = SntpPacket::toNtp(1000 * second);
        const auto reading = SntpPacket::parseReply(
            reply(t1, SntpPacket::toNtp(1010500000), SntpPacket::toNtp(1010600000)), t1, 1001 * second);
        QVERIFY2(reading.has_value(), "a well-formed reply gives an offset");
        QVERIFY(qAbs(reading->offsetUs - 10050000) <= 1);
        QVERIFY(qAbs(reading->delayUs - 900000) <= 1);
        QCOMPARE(reading->stratum, 2);

        // A clock ahead of the server: a negative offset; extra bytes (a MAC) are ignored.
        const auto behind = SntpPacket::parseReply(
            reply(t1, SntpPacket::toNtp(940 * second), SntpPacket::toNtp(940 * second)) + QByteArray(20, 'x'),
            t1, 1000 * second);
        QVERIFY(behind.has_value());
        QCOMPARE(behind->offsetUs, -60 * second);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<twofold::SntpError::Kind>("kind");
        QTest::addColumn<QString>("detail");
        const quint64 t1 = SntpPacket::toNtp(1000 * second);
        const QByteArray good = reply(t1, t1 + 1, t1 + 2);
        auto with = [&good](int at, char value) {
            QByteArray packet = good;
            packet[at] = value;
            return packet;
        };
        QTest::newRow("empty") << QByteArray() << SntpError::ShortReply << QStringLiteral("0");
        QTest::newRow("47 bytes") << good.left(47) << SntpError::ShortReply << QStringLiteral("47");
        QTest::newRow("version 2") << with(0, char(0x14)) << SntpError::WrongVersion << QStringLiteral("2");
        QTest::newRow("version 7") << with(0, char(0x3c)) << SntpError::WrongVersion << QStringLiteral("7");
        QTest::newRow("client mode") << with(0, char(0x23)) << SntpError::WrongMode << QStringLiteral("3");
        QTest::newRow("broadcast mode") << with(0, char(0x25)) << SntpError::WrongMode << QStringLiteral("5");
        QByteArray kiss = with(1, 0);
        kiss.replace(12, 4, "DENY");
        QTest::newRow("kiss-o'-death") << kiss << SntpError::KissOfDeath << QStringLiteral("DENY");
        QByteArray garbledKiss = with(1, 0);
        garbledKiss.replace(12, 4, "\x01\n<>");
        QTest::newRow("kiss code not letters") << garbledKiss << SntpError::KissOfDeath << QString();
        QTest::newRow("leap indicator 3")
            << with(0, char(0xe4)) << SntpError::Unsynchronised << QStringLiteral("2");
        QTest::newRow("stratum 16") << with(1, 16) << SntpError::Unsynchronised << QStringLiteral("16");
        QTest::newRow("origin differs")
            << reply(t1 + 1, t1 + 1, t1 + 2) << SntpError::OriginMismatch << QString();
        QTest::newRow("origin zero") << reply(0, t1 + 1, t1 + 2) << SntpError::OriginMismatch << QString();
        QTest::newRow("receive zero")
            << reply(t1, 0, t1 + 2) << SntpError::BadTimestamps << QStringLiteral("receive");
        QTest::newRow("transmit zero")
            << reply(t1, t1 + 1, 0) << SntpError::BadTimestamps << QStringLiteral("transmit");
        QTest::newRow("transmit before receive") << reply(t1, t1 + (quint64(5) << 32), t1)
                                                 << SntpError::BadTimestamps << QStringLiteral("transmit");
    }

    void refusals()
    {
        QFETCH(QByteArray, packet);
        QFETCH(twofold::SntpError::Kind, kind);
        QFETCH(QString, detail);
        const auto reading = SntpPacket::parseReply(packet, SntpPacket::toNtp(1000 * second), 1001 * second);
        QVERIFY2(!reading.has_value(), "a bad reply gives no offset");
        QCOMPARE(reading.error().kind, kind);
        QCOMPARE(reading.error().detail, detail);
    }
};

QTEST_GUILESS_MAIN(TestSntpPacket)
#include "tst_sntppacket.moc"
