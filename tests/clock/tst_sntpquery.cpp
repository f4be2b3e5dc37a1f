// SPDX-License-Identifier: GPL-3.0-or-later
#include "SntpResponder.h"
#include "clock/SntpQuery.h"
#include "time/Clock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(twofold::SntpError::Kind)
Q_DECLARE_METATYPE(twofold::test::SntpResponder::Fault)

namespace {
SntpQuery::Server local(const SntpResponder &responder)
{
    return {QStringLiteral("127.0.0.1"), responder.port()};
}
} // namespace

// The network half of the clock check, against an SNTP responder on 127.0.0.1 started by the test: the
// offset it was told to have, and each bad reply refused with its own error.
class TestSntpQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port"); // 0: refused
        QTest::newRow("name") << "pool.ntp.org" << "pool.ntp.org" << 123;
        QTest::newRow("name and port") << " time.cloudflare.com:1123 " << "time.cloudflare.com" << 1123;
        QTest::newRow("IPv4 and port") << "127.0.0.1:5000" << "127.0.0.1" << 5000;
        QTest::newRow("bare IPv6") << "::1" << "::1" << 123;
        QTest::newRow("bracketed IPv6 and port") << "[::1]:5000" << "::1" << 5000;
        QTest::newRow("empty") << "" << "" << 0;
        QTest::newRow("port 0") << "pool.ntp.org:0" << "" << 0;
        QTest::newRow("port too large") << "pool.ntp.org:65536" << "" << 0;
        QTest::newRow("port not a number") << "pool.ntp.org:ntp" << "" << 0;
        QTest::newRow("empty port") << "pool.ntp.org:" << "" << 0;
        QTest::newRow("space") << "pool ntp.org" << "" << 0;
        QTest::newRow("unclosed bracket") << "[::1:5000" << "" << 0;
        QTest::newRow("non-ASCII") << "zeit.bücher.de" << "" << 0;
    }

    void serverNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto server = SntpQuery::Server::parse(text);
        if (port == 0) {
            QVERIFY2(!server, "a malformed server name is refused before anything is sent");
            QCOMPARE(server.error().kind, SntpError::BadServerName);
            return;
        }
        QVERIFY(server.has_value());
        QCOMPARE(server->host, host);
        QCOMPARE(server->port, quint16(port));
    }

    void offset_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::newRow("in step") << qint64(0);
        QTest::newRow("server 42.5 s ahead") << qint64(42500);
        QTest::newRow("server an hour behind") << qint64(-3600000);
    }

    void offset()
    {
        QFETCH(qint64, offsetMs);
        SntpResponder responder(offsetMs);
        const auto reading = SntpQuery::run(local(responder), Clock::system());
        QVERIFY2(reading.has_value(), "the responder answers correctly");
        // Both clocks are this computer's, read a moment apart with millisecond resolution.
        QVERIFY2(qAbs(reading->offsetUs / 1000 - offsetMs) <= 50,
                 qPrintable(QString::number(reading->offsetUs)));
        QVERIFY(reading->delayUs >= 0);
        QCOMPARE(responder.requests(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<twofold::test::SntpResponder::Fault>("fault");
        QTest::addColumn<twofold::SntpError::Kind>("kind");
        QTest::newRow("silent") << SntpResponder::Silent << SntpError::Timeout;
        QTest::newRow("short reply") << SntpResponder::ShortReply << SntpError::ShortReply;
        QTest::newRow("wrong source port") << SntpResponder::WrongSource << SntpError::WrongSource;
        QTest::newRow("origin mismatch") << SntpResponder::WrongOrigin << SntpError::OriginMismatch;
        QTest::newRow("kiss-o'-death") << SntpResponder::KissOfDeath << SntpError::KissOfDeath;
        QTest::newRow("unsynchronised") << SntpResponder::Unsynchronised << SntpError::Unsynchronised;
        QTest::newRow("client mode") << SntpResponder::WrongMode << SntpError::WrongMode;
        QTest::newRow("version 2") << SntpResponder::WrongVersion << SntpError::WrongVersion;
    }

    void refusals()
    {
        QFETCH(twofold::test::SntpResponder::Fault, fault);
        QFETCH(twofold::SntpError::Kind, kind);
        SntpResponder responder(5000, fault);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto reading =
            SntpQuery::run(local(responder), Clock::system(), std::chrono::milliseconds(600));
        QVERIFY2(!reading.has_value(), "a bad reply gives no offset");
        QCOMPARE(reading.error().kind, kind);
        if (kind == SntpError::Timeout || kind == SntpError::WrongSource)
            QVERIFY2(elapsed.elapsed() >= 590, "waits the whole time for the server itself");
        else
            QVERIFY2(elapsed.elapsed() < 590, "the server's own bad reply decides at once");
        if (kind == SntpError::WrongSource)
            QVERIFY2(reading.error().detail.startsWith(QLatin1String("127.0.0.1:")) &&
                         reading.error().detail != QStringLiteral("127.0.0.1:%1").arg(responder.port()),
                     qPrintable(reading.error().detail));
        if (kind == SntpError::KissOfDeath)
            QCOMPARE(reading.error().detail, QStringLiteral("RATE"));
    }

    void unknownHost()
    {
        const auto reading = SntpQuery::run({QStringLiteral("no-such-host.invalid"), 123}, Clock::system());
        QVERIFY(!reading);
        QCOMPARE(reading.error().kind, SntpError::HostNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSntpQuery)
#include "tst_sntpquery.moc"
