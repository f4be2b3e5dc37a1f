// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "otp/OtpGenerator.h"

#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QByteArray seed20 = "12345678901234567890";
const QByteArray seed32 = "12345678901234567890123456789012";
const QByteArray seed64 = "1234567890123456789012345678901234567890123456789012345678901234";

OtpParameters parameters(OtpType type, HashAlgorithm algorithm, int digits, int period = 30,
                         quint64 counter = 0)
{
    const auto p = OtpParameters::create(type, algorithm, digits, period, counter);
    Q_ASSERT(p.has_value());
    return *p;
}
} // namespace

class TestOtpGenerator : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_crypto.check().has_value(), "QCA with the OpenSSL provider is required");
    }
    void rfc4226_data();
    void rfc4226();
    void rfc6238_data();
    void rfc6238();
    void steam_data();
    void steam();
    void nextCode();
    void secondsRemaining_data();
    void secondsRemaining();
    void digitsRange();
    void timeBeyond2038();
    void rejectsNegativeTime();
    void rejectsEmptySecret();
    void counterOverflow();
    void parameterValidation_data();
    void parameterValidation();
};

void TestOtpGenerator::rfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const char *codes[] = {"755224", "287082", "359152", "969429", "338314",
                           "254676", "287922", "162583", "399871", "520489"};
    for (quint64 i = 0; i < 10; ++i)
        QTest::addRow("count %llu", i) << i << QString::fromLatin1(codes[i]);
}

void TestOtpGenerator::rfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    const auto viaHotp = OtpGenerator::hotp(bytes(seed20), HashAlgorithm::Sha1, counter, 6);
    QVERIFY(viaHotp.has_value());
    QCOMPARE(*viaHotp, code);
    const auto viaParameters =
        OtpGenerator::code(bytes(seed20), parameters(OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, counter), 0);
    QVERIFY(viaParameters.has_value());
    QCOMPARE(*viaParameters, code);
}

void TestOtpGenerator::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("code");
    struct Row
    {
        qint64 time;
        const char *sha1, *sha256, *sha512;
    };
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Row &row : rows) {
        QTest::addRow("%lld sha1", row.time)
            << row.time << int(HashAlgorithm::Sha1) << QString::fromLatin1(row.sha1);
        QTest::addRow("%lld sha256", row.time)
            << row.time << int(HashAlgorithm::Sha256) << QString::fromLatin1(row.sha256);
        QTest::addRow("%lld sha512", row.time)
            << row.time << int(HashAlgorithm::Sha512) << QString::fromLatin1(row.sha512);
    }
}

void TestOtpGenerator::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(int, algorithm);
    QFETCH(QString, code);
    const auto hash = HashAlgorithm(algorithm);
    const QByteArray seed = hash == HashAlgorithm::Sha1     ? seed20
                            : hash == HashAlgorithm::Sha256 ? seed32
                                                            : seed64;
    const auto result = OtpGenerator::code(bytes(seed), parameters(OtpType::Totp, hash, 8), time);
    QVERIFY(result.has_value());
    QCOMPARE(*result, code);
}

void TestOtpGenerator::steam_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    // KeePassXC's test data.
    QTest::newRow("1511200518") << qint64(1511200518) << QStringLiteral("FR8RV");
    QTest::newRow("1511200714") << qint64(1511200714) << QStringLiteral("9P3VP");
}

void TestOtpGenerator::steam()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    // Base32 63BEDWCQZKTQWPESARIERL5DTTQFCJTK.
    const QByteArray secret = QByteArray::fromHex("f6c241d850caa70b3c92045048afa39ce051266a");
    const auto result =
        OtpGenerator::code(bytes(secret), parameters(OtpType::Steam, HashAlgorithm::Sha1, 5), time);
    QVERIFY(result.has_value());
    QCOMPARE(*result, code);
}

void TestOtpGenerator::nextCode()
{
    const auto totp = parameters(OtpType::Totp, HashAlgorithm::Sha1, 8);
    const auto next = OtpGenerator::code(bytes(seed20), totp, 1111111109 - 30, OtpGenerator::Step::Next);
    QVERIFY(next.has_value());
    QCOMPARE(*next, QStringLiteral("07081804")); // the current code of the following period

    const auto hotp = parameters(OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 4);
    const auto nextHotp = OtpGenerator::code(bytes(seed20), hotp, 0, OtpGenerator::Step::Next);
    QVERIFY(nextHotp.has_value());
    QCOMPARE(*nextHotp, QStringLiteral("254676")); // counter 5
}

void TestOtpGenerator::secondsRemaining_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("remaining");
    QTest::newRow("start of period") << 30 << qint64(60) << 30;
    QTest::newRow("last second") << 30 << qint64(89) << 1;
    QTest::newRow("middle") << 30 << qint64(75) << 15;
    QTest::newRow("period 1") << 1 << qint64(12345) << 1;
    QTest::newRow("period 3600") << 3600 << qint64(3599) << 1;
    QTest::newRow("beyond 2038") << 30 << qint64(1LL << 34) << 30 - int((1LL << 34) % 30);
}

void TestOtpGenerator::secondsRemaining()
{
    QFETCH(int, period);
    QFETCH(qint64, time);
    QFETCH(int, remaining);
    QCOMPARE(OtpGenerator::secondsRemaining(parameters(OtpType::Totp, HashAlgorithm::Sha1, 6, period), time),
             remaining);
    QCOMPARE(OtpGenerator::secondsRemaining(parameters(OtpType::Hotp, HashAlgorithm::Sha1, 6, period), time),
             0);
}

void TestOtpGenerator::digitsRange()
{
    // RFC 4226 count 0 truncates to 1284755224: each digit count keeps the low digits, zero-padded.
    const QString full = QStringLiteral("1284755224");
    for (int digits = OtpParameters::minDigits; digits <= OtpParameters::maxDigits; ++digits) {
        const auto code = OtpGenerator::hotp(bytes(seed20), HashAlgorithm::Sha1, 0, digits);
        QVERIFY(code.has_value());
        QCOMPARE(code->size(), digits);
        QCOMPARE(*code, full.right(digits));
    }
    // Count 7 truncates to 82162583: ten digits need zero padding.
    const auto padded = OtpGenerator::hotp(bytes(seed20), HashAlgorithm::Sha1, 7, 10);
    QVERIFY(padded.has_value());
    QCOMPARE(*padded, QStringLiteral("0082162583"));
}

void TestOtpGenerator::timeBeyond2038()
{
    const auto p = parameters(OtpType::Totp, HashAlgorithm::Sha1, 8);
    // 2^31 is 2038-01-19T03:14:08Z; the step must not wrap.
    QCOMPARE(OtpGenerator::timeStep(p, 2147483648LL), quint64(71582788));
    QCOMPARE(OtpGenerator::timeStep(p, 1LL << 40), quint64((1LL << 40) / 30));
    const auto far = OtpGenerator::code(bytes(seed20), p, 20000000000LL);
    QVERIFY(far.has_value());
    QCOMPARE(*far, QStringLiteral("65353130"));
}

void TestOtpGenerator::rejectsNegativeTime()
{
    const auto result =
        OtpGenerator::code(bytes(seed20), parameters(OtpType::Totp, HashAlgorithm::Sha1, 6), -1);
    QVERIFY2(!result.has_value(), "a time before 1970 has no TOTP step");
    QCOMPARE(result.error().code, ErrorCode::TimeOutOfRange);
}

void TestOtpGenerator::rejectsEmptySecret()
{
    const auto result =
        OtpGenerator::code(SecureBytes(), parameters(OtpType::Totp, HashAlgorithm::Sha1, 6), 0);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::SecretEmpty);
}

void TestOtpGenerator::counterOverflow()
{
    const auto p = parameters(OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, std::numeric_limits<quint64>::max());
    QVERIFY(OtpGenerator::code(bytes(seed20), p, 0).has_value());
    const auto next = OtpGenerator::code(bytes(seed20), p, 0, OtpGenerator::Step::Next);
    QVERIFY2(!next.has_value(), "the counter must not wrap to 0");
    QCOMPARE(next.error().code, ErrorCode::CounterOutOfRange);
}

void TestOtpGenerator::parameterValidation_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("error"); // -1: valid

    QTest::newRow("totp 6/30") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 6 << 30 << -1;
    QTest::newRow("digits 4") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 4 << 30 << -1;
    QTest::newRow("digits 10") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 10 << 30 << -1;
    QTest::newRow("digits 3") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 3 << 30
                              << int(ErrorCode::DigitsOutOfRange);
    QTest::newRow("digits 11") << int(OtpType::Hotp) << int(HashAlgorithm::Sha1) << 11 << 30
                               << int(ErrorCode::DigitsOutOfRange);
    QTest::newRow("period 0") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 6 << 0
                              << int(ErrorCode::PeriodOutOfRange);
    QTest::newRow("period 3601") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 6 << 3601
                                 << int(ErrorCode::PeriodOutOfRange);
    QTest::newRow("period 3600") << int(OtpType::Totp) << int(HashAlgorithm::Sha1) << 6 << 3600 << -1;
    QTest::newRow("steam 5") << int(OtpType::Steam) << int(HashAlgorithm::Sha1) << 5 << 30 << -1;
    QTest::newRow("steam 6") << int(OtpType::Steam) << int(HashAlgorithm::Sha1) << 6 << 30
                             << int(ErrorCode::DigitsOutOfRange);
    QTest::newRow("steam sha256") << int(OtpType::Steam) << int(HashAlgorithm::Sha256) << 5 << 30
                                  << int(ErrorCode::UriUnknownAlgorithm);
}

void TestOtpGenerator::parameterValidation()
{
    QFETCH(int, type);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(int, error);
    const auto result = OtpParameters::create(OtpType(type), HashAlgorithm(algorithm), digits, period, 0);
    if (error < 0) {
        QVERIFY2(result.has_value(), "valid parameters must be accepted");
        QCOMPARE(result->digits(), digits);
        QCOMPARE(result->period(), period);
    } else {
        QVERIFY2(!result.has_value(), "invalid parameters must be refused");
        QCOMPARE(int(result.error().code), error);
    }
}

QTEST_GUILESS_MAIN(TestOtpGenerator)
#include "tst_otpgenerator.moc"
