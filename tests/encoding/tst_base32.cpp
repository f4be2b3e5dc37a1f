// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"

#include <QRandomGenerator>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

class TestBase32 : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void decode_data();
    void decode();
    void rejects_data();
    void rejects();
    void roundTrip();
};

void TestBase32::decode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4648 section 10 vectors, with and without padding.
    QTest::newRow("rfc f") << QByteArray("MY======") << QByteArray("f");
    QTest::newRow("rfc fo") << QByteArray("MZXQ====") << QByteArray("fo");
    QTest::newRow("rfc foo") << QByteArray("MZXW6===") << QByteArray("foo");
    QTest::newRow("rfc foob") << QByteArray("MZXW6YQ=") << QByteArray("foob");
    QTest::newRow("rfc fooba") << QByteArray("MZXW6YTB") << QByteArray("fooba");
    QTest::newRow("rfc foobar") << QByteArray("MZXW6YTBOI======") << QByteArray("foobar");
    QTest::newRow("no padding") << QByteArray("MZXW6YTBOI") << QByteArray("foobar");
    QTest::newRow("lower case") << QByteArray("mzxw6ytboi") << QByteArray("foobar");
    QTest::newRow("mixed case") << QByteArray("MzXw6YtBoI") << QByteArray("foobar");
    QTest::newRow("spaces") << QByteArray("MZXW 6YTB OI") << QByteArray("foobar");
    QTest::newRow("hyphens") << QByteArray("MZXW-6YTB-OI") << QByteArray("foobar");
    QTest::newRow("trailing space") << QByteArray("MZXW6YTBOI  ") << QByteArray("foobar");
    QTest::newRow("formats example") << QByteArray("JBSWY3DPEHPK3PXP")
                                     << QByteArray::fromHex("48656C6C6F21DEADBEEF");
    QTest::newRow("rfc4226 seed") << QByteArray("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                                  << QByteArray("12345678901234567890");
    // Lengths that are not a whole number of bytes: trailing bits are dropped.
    QTest::newRow("7 chars") << QByteArray("MZXW6YT") << QByteArray("foob");
    QTest::newRow("29 chars") << QByteArray("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQ")
                              << QByteArray("123456789012345678");
}

void TestBase32::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const auto result = Base32::decode(text);
    QVERIFY2(result.has_value(), "valid base32 must decode");
    QCOMPARE(plain(*result), expected);
}

void TestBase32::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");

    QTest::newRow("digit 1") << QByteArray("MZXW1YTB") << int(ErrorCode::Base32InvalidCharacter) << "1";
    QTest::newRow("digit 8") << QByteArray("MZXW8YTB") << int(ErrorCode::Base32InvalidCharacter) << "8";
    QTest::newRow("digit 0") << QByteArray("0ZXW6YTB") << int(ErrorCode::Base32InvalidCharacter) << "0";
    QTest::newRow("inner padding") << QByteArray("MZ==XW6Y") << int(ErrorCode::Base32InvalidCharacter) << "=";
    QTest::newRow("plus") << QByteArray("MZXW+YTB") << int(ErrorCode::Base32InvalidCharacter) << "+";
    QTest::newRow("nul byte") << QByteArray("MZ\0XW", 5) << int(ErrorCode::Base32InvalidCharacter) << "0x00";
    QTest::newRow("utf-8") << QByteArray("MZ\xc3\xa4XW") << int(ErrorCode::Base32InvalidCharacter) << "0xc3";
    QTest::newRow("empty") << QByteArray("") << int(ErrorCode::Base32Empty) << "";
    QTest::newRow("only padding") << QByteArray("====") << int(ErrorCode::Base32Empty) << "";
    QTest::newRow("only separators") << QByteArray(" - -") << int(ErrorCode::Base32Empty) << "";
    QTest::newRow("one char (5 bits)") << QByteArray("M") << int(ErrorCode::Base32Empty) << "";
}

void TestBase32::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    QFETCH(QString, detail);
    const auto result = Base32::decode(text);
    QVERIFY2(!result.has_value(), "invalid base32 must be refused");
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(result.error().detail, detail);
}

void TestBase32::roundTrip()
{
    QRandomGenerator random(4648);
    for (int length = 1; length <= 130; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = static_cast<char>(random.bounded(256));
        const SecureBytes encoded = Base32::encode(bytes(data));
        QVERIFY2(!plain(encoded).contains('='), "encoding writes no padding");
        QCOMPARE(plain(encoded), plain(encoded).toUpper());
        const auto decoded = Base32::decode(plain(encoded));
        QVERIFY(decoded.has_value());
        QCOMPARE(plain(*decoded), data);
    }
}

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
