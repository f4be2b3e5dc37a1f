// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "otp/OtpGenerator.h"
#include "uri/OtpAuthUri.h"

#include <QRandomGenerator>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }
    void parses_data();
    void parses();
    void malformed_data();
    void malformed();
    void serialises();
    void roundTripIsStable();
    void createValidates();
};

void TestOtpAuthUri::parses_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secretHex");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<quint64>("counter");

    const QByteArray hello = "48656c6c6f21deadbeef"; // JBSWY3DPEHPK3PXP
    const int totp = int(OtpType::Totp), hotp = int(OtpType::Hotp), steam = int(OtpType::Steam);
    const int sha1 = int(HashAlgorithm::Sha1), sha256 = int(HashAlgorithm::Sha256),
              sha512 = int(HashAlgorithm::Sha512);

    QTest::newRow("spec example")
        << QByteArray("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                      "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30")
        << "ACME Co" << "john.doe@email.com" << QByteArray("3dc6caa4824a6d288767b2331e20b43166cb85d9") << totp
        << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("minimal") << QByteArray("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP") << "" << "alice"
                             << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("issuer from label only")
        << QByteArray("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP") << "GitHub" << "alice" << hello
        << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("parameter wins over label")
        << QByteArray("otpauth://totp/Old:alice?secret=JBSWY3DPEHPK3PXP&issuer=New") << "New" << "alice"
        << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("encoded colon and spaces")
        << QByteArray("otpauth://totp/Big%20Corp%3A%20%20bob?secret=JBSWY3DPEHPK3PXP") << "Big Corp" << "bob"
        << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("plus is space in query")
        << QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada") << "Air Canada" << "x"
        << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("plus is literal in label")
        << QByteArray("otpauth://totp/a+b?secret=JBSWY3DPEHPK3PXP") << ""
        << "a+b" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("utf-8 label") << QByteArray("otpauth://totp/B%C3%BCro:J%C3%BCrgen?secret=JBSWY3DPEHPK3PXP")
                                 << QStringLiteral("Büro") << QStringLiteral("Jürgen") << hello << totp
                                 << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("lower-case everything")
        << QByteArray("OTPAUTH://TOTP/x?secret=jbswy3dpehpk3pxp&algorithm=sha256&digits=8&period=60") << ""
        << "x" << hello << totp << sha256 << 8 << 60 << quint64(0);
    QTest::newRow("sha512 and padding")
        << QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP%3D%3D&algorithm=SHA512") << "" << "x" << hello
        << totp << sha512 << 6 << 30 << quint64(0);
    QTest::newRow("hotp") << QByteArray("otpauth://hotp/Svc:me?secret=JBSWY3DPEHPK3PXP&counter=42") << "Svc"
                          << "me" << hello << hotp << sha1 << 6 << 30 << quint64(42);
    QTest::newRow("hotp ignores period")
        << QByteArray("otpauth://hotp/me?secret=JBSWY3DPEHPK3PXP&counter=1&period=x") << "" << "me" << hello
        << hotp << sha1 << 6 << 30 << quint64(1);
    QTest::newRow("hotp max counter")
        << QByteArray("otpauth://hotp/me?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615") << "" << "me"
        << hello << hotp << sha1 << 6 << 30 << quint64(18446744073709551615ULL);
    QTest::newRow("steam type") << QByteArray("otpauth://steam/Steam:gabe?secret=JBSWY3DPEHPK3PXP") << "Steam"
                                << "gabe" << hello << steam << sha1 << 5 << 30 << quint64(0);
    QTest::newRow("steam encoder") << QByteArray(
                                          "otpauth://totp/Steam:gabe?secret=JBSWY3DPEHPK3PXP&encoder=steam"
                                          "&digits=5")
                                   << "Steam" << "gabe" << hello << steam << sha1 << 5 << 30 << quint64(0);
    QTest::newRow("unknown parameters ignored")
        << QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%7D&foo=bar") << "" << "x"
        << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("same parameter twice, same value")
        << QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=8&digits=8") << "" << "x" << hello
        << totp << sha1 << 8 << 30 << quint64(0);
    QTest::newRow("empty pieces in query") << QByteArray("otpauth://totp/x?&secret=JBSWY3DPEHPK3PXP&&") << ""
                                           << "x" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("no label") << QByteArray("otpauth://totp?secret=JBSWY3DPEHPK3PXP&issuer=Solo") << "Solo"
                              << "" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("spaced secret") << QByteArray("otpauth://totp/x?secret=JBSW%20Y3DP%20EHPK%203PXP") << ""
                                   << "x" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("fragment ignored") << QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP#frag") << ""
                                      << "x" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("surrounding whitespace") << QByteArray("  otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n")
                                            << "" << "x" << hello << totp << sha1 << 6 << 30 << quint64(0);
    QTest::newRow("issuer with colon")
        << QByteArray("otpauth://totp/a%3Ab:n?secret=JBSWY3DPEHPK3PXP&issuer=a%3Ab") << "a:b" << "n" << hello
        << totp << sha1 << 6 << 30 << quint64(0);
}

void TestOtpAuthUri::parses()
{
    QFETCH(QByteArray, uri);
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QFETCH(QByteArray, secretHex);
    QFETCH(int, type);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(quint64, counter);

    const auto parsed = OtpAuthUri::parse(uri);
    QVERIFY2(parsed.has_value(), qPrintable(QStringLiteral("should parse; error %1 (%2)")
                                                .arg(parsed ? 0 : int(parsed.error().code))
                                                .arg(parsed ? QString() : parsed.error().detail)));
    QCOMPARE(parsed->issuer(), issuer);
    QCOMPARE(parsed->name(), name);
    QCOMPARE(plain(parsed->secret()).toHex(), secretHex);
    QCOMPARE(int(parsed->parameters().type()), type);
    QCOMPARE(int(parsed->parameters().algorithm()), algorithm);
    QCOMPARE(parsed->parameters().digits(), digits);
    QCOMPARE(parsed->parameters().period(), period);
    QCOMPARE(parsed->parameters().counter(), counter);
}

void TestOtpAuthUri::malformed_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");

    const auto row = [](const char *name, QByteArray uri, ErrorCode code, QString detail = {}) {
        QTest::newRow(name) << uri << int(code) << detail;
    };
    const QByteArray ok = "secret=JBSWY3DPEHPK3PXP";

    row("empty", "", ErrorCode::UriBadScheme);
    row("http scheme", "https://example.com/?" + ok, ErrorCode::UriBadScheme, QStringLiteral("https"));
    row("migration scheme", "otpauth-migration://offline?data=AA", ErrorCode::UriBadScheme,
        QStringLiteral("otpauth-migration"));
    row("motp scheme", "motp://x?secret=abcd", ErrorCode::UriBadScheme, QStringLiteral("motp"));
    row("single slash", "otpauth:/totp/x?" + ok, ErrorCode::UriBadScheme, QStringLiteral("otpauth"));
    row("no slashes", "otpauth:totp/x?" + ok, ErrorCode::UriBadScheme, QStringLiteral("otpauth"));
    row("plain text", "hello world", ErrorCode::UriBadScheme, QStringLiteral("hello world"));
    row("too long", "otpauth://totp/x?" + ok + "&pad=" + QByteArray(4096, 'a'), ErrorCode::UriTooLong,
        QString::number(4096 + 5 + 17 + ok.size()));
    row("missing type", "otpauth:///x?" + ok, ErrorCode::UriMissingType);
    row("missing type, no path", "otpauth://?" + ok, ErrorCode::UriMissingType);
    row("unknown type", "otpauth://motp/x?" + ok, ErrorCode::UriUnknownType, QStringLiteral("motp"));
    row("yandex type", "otpauth://yaotp/x?" + ok, ErrorCode::UriUnknownType, QStringLiteral("yaotp"));
    row("type with space", "otpauth://to tp/x?" + ok, ErrorCode::UriUnknownType, QStringLiteral("to tp"));
    row("broken escape in label", "otpauth://totp/a%2?" + ok, ErrorCode::UriBadPercentEncoding,
        QStringLiteral("label"));
    row("non-hex escape in label", "otpauth://totp/a%zz?" + ok, ErrorCode::UriBadPercentEncoding,
        QStringLiteral("label"));
    row("broken escape in issuer", "otpauth://totp/x?" + ok + "&issuer=a%", ErrorCode::UriBadPercentEncoding,
        QStringLiteral("issuer"));
    row("broken escape in secret", "otpauth://totp/x?secret=JBSW%G1", ErrorCode::UriBadPercentEncoding,
        QStringLiteral("secret"));
    row("invalid utf-8 in label", "otpauth://totp/%C3%28?" + ok, ErrorCode::UriNotUtf8,
        QStringLiteral("label"));
    row("invalid utf-8 in issuer", "otpauth://totp/x?" + ok + "&issuer=%FF", ErrorCode::UriNotUtf8,
        QStringLiteral("issuer"));
    row("overlong utf-8", "otpauth://totp/%C0%AF?" + ok, ErrorCode::UriNotUtf8, QStringLiteral("label"));
    row("nul in label", "otpauth://totp/a%00b?" + ok, ErrorCode::UriControlCharacter,
        QStringLiteral("label"));
    row("newline in label", "otpauth://totp/a%0Ab?" + ok, ErrorCode::UriControlCharacter,
        QStringLiteral("label"));
    row("escape char in issuer", "otpauth://totp/x?" + ok + "&issuer=%1B%5B31m",
        ErrorCode::UriControlCharacter, QStringLiteral("issuer"));
    row("C1 control in label", "otpauth://totp/a%C2%85b?" + ok, ErrorCode::UriControlCharacter,
        QStringLiteral("label"));
    row("parameter without value", "otpauth://totp/x?" + ok + "&digits", ErrorCode::UriBadQuery,
        QStringLiteral("digits"));
    row("parameter without name", "otpauth://totp/x?" + ok + "&=5", ErrorCode::UriBadQuery,
        QStringLiteral("=5"));
    row("two secrets", "otpauth://totp/x?" + ok + "&secret=GEZDGNBV", ErrorCode::UriConflictingParameter,
        QStringLiteral("secret"));
    row("two issuers", "otpauth://totp/x?" + ok + "&issuer=A&issuer=B", ErrorCode::UriConflictingParameter,
        QStringLiteral("issuer"));
    row("two digits", "otpauth://totp/x?" + ok + "&digits=6&digits=8", ErrorCode::UriConflictingParameter,
        QStringLiteral("digits"));
    row("secret case-folded name twice", "otpauth://totp/x?" + ok + "&SECRET=GEZDGNBV",
        ErrorCode::UriConflictingParameter, QStringLiteral("secret"));
    row("no query", "otpauth://totp/x", ErrorCode::UriMissingSecret);
    row("no secret", "otpauth://totp/x?issuer=A", ErrorCode::UriMissingSecret);
    row("empty secret", "otpauth://totp/x?secret=", ErrorCode::UriMissingSecret);
    row("secret with 1", "otpauth://totp/x?secret=JBSWY3DPEHPK3PX1", ErrorCode::Base32InvalidCharacter,
        QStringLiteral("1"));
    row("secret with plus", "otpauth://totp/x?secret=JBSW+Y3DP", ErrorCode::Base32InvalidCharacter,
        QStringLiteral("+"));
    row("hex secret", "otpauth://totp/x?secret=0a1b2c3d", ErrorCode::Base32InvalidCharacter,
        QStringLiteral("0"));
    row("secret only padding", "otpauth://totp/x?secret=%3D%3D%3D%3D", ErrorCode::Base32Empty);
    row("secret one character", "otpauth://totp/x?secret=A", ErrorCode::Base32Empty);
    row("secret too long", "otpauth://totp/x?secret=" + QByteArray(1648, 'A'), ErrorCode::SecretTooLong,
        QStringLiteral("1030"));
    row("md5", "otpauth://totp/x?" + ok + "&algorithm=MD5", ErrorCode::UriUnknownAlgorithm,
        QStringLiteral("MD5"));
    row("sha384", "otpauth://totp/x?" + ok + "&algorithm=SHA384", ErrorCode::UriUnknownAlgorithm,
        QStringLiteral("SHA384"));
    row("empty algorithm", "otpauth://totp/x?" + ok + "&algorithm=", ErrorCode::UriUnknownAlgorithm);
    row("steam with sha256", "otpauth://steam/x?" + ok + "&algorithm=SHA256", ErrorCode::UriUnknownAlgorithm,
        QStringLiteral("steam"));
    row("digits word", "otpauth://totp/x?" + ok + "&digits=six", ErrorCode::UriBadDigits,
        QStringLiteral("six"));
    row("digits negative", "otpauth://totp/x?" + ok + "&digits=-6", ErrorCode::UriBadDigits,
        QStringLiteral("-6"));
    row("digits fraction", "otpauth://totp/x?" + ok + "&digits=6.5", ErrorCode::UriBadDigits,
        QStringLiteral("6.5"));
    row("digits empty", "otpauth://totp/x?" + ok + "&digits=", ErrorCode::UriBadDigits);
    row("digits 3", "otpauth://totp/x?" + ok + "&digits=3", ErrorCode::DigitsOutOfRange, QStringLiteral("3"));
    row("digits 11", "otpauth://totp/x?" + ok + "&digits=11", ErrorCode::DigitsOutOfRange,
        QStringLiteral("11"));
    row("digits huge", "otpauth://totp/x?" + ok + "&digits=99999999999999999999", ErrorCode::UriBadDigits,
        QStringLiteral("99999999999999999999"));
    row("digits 0", "otpauth://totp/x?" + ok + "&digits=0", ErrorCode::DigitsOutOfRange, QStringLiteral("0"));
    row("steam with 6 digits", "otpauth://steam/x?" + ok + "&digits=6", ErrorCode::DigitsOutOfRange,
        QStringLiteral("6"));
    row("period word", "otpauth://totp/x?" + ok + "&period=thirty", ErrorCode::UriBadPeriod,
        QStringLiteral("thirty"));
    row("period negative", "otpauth://totp/x?" + ok + "&period=-30", ErrorCode::UriBadPeriod,
        QStringLiteral("-30"));
    row("period with unit", "otpauth://totp/x?" + ok + "&period=30s", ErrorCode::UriBadPeriod,
        QStringLiteral("30s"));
    row("period 0", "otpauth://totp/x?" + ok + "&period=0", ErrorCode::PeriodOutOfRange, QStringLiteral("0"));
    row("period 3601", "otpauth://totp/x?" + ok + "&period=3601", ErrorCode::PeriodOutOfRange,
        QStringLiteral("3601"));
    row("period beyond int", "otpauth://totp/x?" + ok + "&period=4294967296", ErrorCode::PeriodOutOfRange,
        QStringLiteral("4294967296"));
    row("hotp without counter", "otpauth://hotp/x?" + ok, ErrorCode::UriMissingCounter);
    row("hotp negative counter", "otpauth://hotp/x?" + ok + "&counter=-1", ErrorCode::UriBadCounter,
        QStringLiteral("-1"));
    row("hotp counter overflow", "otpauth://hotp/x?" + ok + "&counter=18446744073709551616",
        ErrorCode::UriBadCounter, QStringLiteral("18446744073709551616"));
    row("hotp counter hex", "otpauth://hotp/x?" + ok + "&counter=0x10", ErrorCode::UriBadCounter,
        QStringLiteral("0x10"));
    row("hotp empty counter", "otpauth://hotp/x?" + ok + "&counter=", ErrorCode::UriBadCounter);
    row("unknown encoder", "otpauth://totp/x?" + ok + "&encoder=yandex", ErrorCode::UriUnknownEncoder,
        QStringLiteral("yandex"));
    row("invalid utf-8 in image", "otpauth://totp/x?" + ok + "&image=%FE", ErrorCode::UriNotUtf8,
        QStringLiteral("image"));
}

void TestOtpAuthUri::malformed()
{
    QFETCH(QByteArray, uri);
    QFETCH(int, code);
    QFETCH(QString, detail);
    const auto parsed = OtpAuthUri::parse(uri);
    QVERIFY2(!parsed.has_value(), "a malformed URI must be refused");
    QCOMPARE(int(parsed.error().code), code);
    QCOMPARE(parsed.error().detail, detail);
}

void TestOtpAuthUri::serialises()
{
    const auto parsed =
        OtpAuthUri::parse("otpauth://totp/ACME%20Co:john.doe@email.com?secret=hxdmvjecjjwsrb3hwizr4if"
                          "ugftmxboz===&issuer=ACME+Co");
    QVERIFY(parsed.has_value());
    QCOMPARE(
        plain(parsed->toUri()),
        QByteArray("otpauth://totp/ACME%20Co:john.doe%40email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                   "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"));
    const auto hotp = OtpAuthUri::parse("otpauth://hotp/me?secret=JBSWY3DPEHPK3PXP&counter=7&digits=8");
    QVERIFY(hotp.has_value());
    QCOMPARE(plain(hotp->toUri()),
             QByteArray("otpauth://hotp/me?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=8&counter=7"));
}

void TestOtpAuthUri::roundTripIsStable()
{
    // Generated accounts of every kind: parse(serialise(x)) == x and serialising again is byte-identical.
    QRandomGenerator random(3986);
    const QStringList words = {QStringLiteral("GitHub"),   QStringLiteral("Büro & Co"),
                               QStringLiteral("a:b"),      QStringLiteral("日本"),
                               QStringLiteral("50% off"),  QStringLiteral("x+y=z?"),
                               QStringLiteral(""),         QStringLiteral("alice@example.com"),
                               QStringLiteral("🔐 vault"), QStringLiteral("#hash/slash")};
    for (int i = 0; i < 500; ++i) {
        const auto type = OtpType(random.bounded(3));
        const auto algorithm =
            type == OtpType::Steam ? HashAlgorithm::Sha1 : HashAlgorithm(random.bounded(3));
        const int digits = type == OtpType::Steam ? 5 : 4 + random.bounded(7);
        const auto parameters =
            OtpParameters::create(type, algorithm, digits, 1 + random.bounded(3600), random.generate64());
        QVERIFY(parameters.has_value());
        QByteArray secret(1 + random.bounded(128), Qt::Uninitialized);
        for (char &c : secret)
            c = static_cast<char>(random.bounded(256));
        QString issuer = words.at(random.bounded(words.size()));
        QString name = words.at(random.bounded(words.size()));
        const auto account = OtpAuthUri::create(issuer, name, bytes(secret), *parameters);
        QVERIFY(account.has_value());

        const SecureBytes first = account->toUri();
        const auto reparsed = OtpAuthUri::parse(plain(first));
        QVERIFY2(reparsed.has_value(), plain(first).constData());
        QCOMPARE(reparsed->issuer(), account->issuer());
        QCOMPARE(reparsed->name(), account->name());
        QCOMPARE(plain(reparsed->secret()), secret);
        QVERIFY(reparsed->parameters() == account->parameters());
        QCOMPARE(plain(reparsed->toUri()), plain(first));
    }
}

void TestOtpAuthUri::createValidates()
{
    const auto parameters = OtpParameters::defaultTotp();
    QCOMPARE(test::errorOf(OtpAuthUri::create({}, {}, SecureBytes(), parameters)).code,
             ErrorCode::SecretEmpty);
    QCOMPARE(test::errorOf(OtpAuthUri::create({}, {}, bytes(QByteArray(1025, 'x')), parameters)).code,
             ErrorCode::SecretTooLong);
    QCOMPARE(
        test::errorOf(OtpAuthUri::create(QStringLiteral("a\nb"), {}, bytes("0123456789"), parameters)).code,
        ErrorCode::UriControlCharacter);
    const auto weak =
        OtpAuthUri::create(QStringLiteral("  Svc "), QStringLiteral(" me "), bytes("short"), parameters);
    QVERIFY(weak.has_value());
    QVERIFY2(weak->hasShortSecret(), "5-byte secrets are accepted with a warning");
    QCOMPARE(weak->issuer(), QStringLiteral("Svc"));
    QCOMPARE(weak->name(), QStringLiteral("me"));
}

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
