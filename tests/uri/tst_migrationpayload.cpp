#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"
#include "qr/QrDecoder.h"
#include "uri/MigrationPayload.h"

#include <QFile>
#include <QGuiApplication>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
struct ExpectedAccount
{
    QString issuer, name;
    OtpType type;
    quint64 counter;
    QByteArray secretBase32;
};

QList<QByteArray> migrationLines(const QString &fixture)
{
    QFile file(sharedDir() + QStringLiteral("/fixtures/third-party/google-authenticator/") + fixture);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.trimmed().startsWith("otpauth-migration://"))
            lines << line.trimmed();
    return lines;
}

QList<ExpectedAccount> accountsOf(const QList<QByteArray> &uris, int *rejected = nullptr)
{
    QList<ExpectedAccount> out;
    for (const QByteArray &uri : uris) {
        const auto payload = MigrationPayload::parse(uri);
        if (!payload)
            return {};
        if (rejected)
            *rejected += int(payload->rejected.size());
        for (const OtpAuthUri &account : payload->accounts)
            out.append({account.issuer(), account.name(), account.parameters().type(),
                        account.parameters().counter(), plain(Base32::encode(account.secret()))});
    }
    return out;
}
} // namespace

// Google Authenticator transfer codes, checked against real exports in ../shared/fixtures.
class TestMigrationPayload : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sharedDir().isEmpty(),
                 "../shared (fixtures) is missing: clone it beside the repository or set "
                 "TWOFOLD_SHARED_DIR");
    }

    void exampleExport()
    {
        const QList<QByteArray> uris = migrationLines(QStringLiteral("example_export.txt"));
        QCOMPARE(uris.size(), 5);
        int rejected = 0;
        const QList<ExpectedAccount> accounts = accountsOf(uris, &rejected);
        QCOMPARE(rejected, 0);
        QCOMPARE(accounts.size(), 6);
        const QByteArray secret = "7KSQL2JTUDIS5EF65KLMRQIIGY";
        const ExpectedAccount expected[] = {
            {QStringLiteral("raspberrypi"), QStringLiteral("pi@raspberrypi"), OtpType::Totp, 0, secret},
            {QString(), QStringLiteral("pi@raspberrypi"), OtpType::Totp, 0, secret},
            {QString(), QStringLiteral("pi@raspberrypi"), OtpType::Totp, 0, secret},
            {QStringLiteral("raspberrypi"), QStringLiteral("pi@raspberrypi"), OtpType::Totp, 0, secret},
            {QString(), QStringLiteral("hotp demo"), OtpType::Hotp, 4, secret},
            {QStringLiteral("encoding"), QStringLiteral("¿äÄéÉ? (demo)"), OtpType::Totp, 0, secret},
        };
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(accounts.at(i).issuer, expected[i].issuer);
            QCOMPARE(accounts.at(i).name, expected[i].name);
            QCOMPARE(accounts.at(i).type, expected[i].type);
            QCOMPARE(accounts.at(i).counter, expected[i].counter);
            QCOMPARE(accounts.at(i).secretBase32, expected[i].secretBase32);
        }
        const auto first = MigrationPayload::parse(uris.constFirst());
        QCOMPARE(first->batchSize, 1);
        QCOMPARE(first->batchIndex, 0);
        QVERIFY2(first->batchId < 0, "negative batch ids (10-byte varints) decode");
    }

    void literalPlusInData()
    {
        const QList<QByteArray> uris = migrationLines(QStringLiteral("test_plus_problem_export.txt"));
        QCOMPARE(uris.size(), 1);
        QVERIFY(uris.constFirst().contains('+'));
        const QList<ExpectedAccount> accounts = accountsOf(uris);
        QCOMPARE(accounts.size(), 4);
        QCOMPARE(accounts.at(0).issuer, QStringLiteral("SerenityLabs"));
        QCOMPARE(accounts.at(0).name, QStringLiteral("test1@serenitylabs.co.uk"));
        QCOMPARE(accounts.at(0).secretBase32, QByteArray("A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM"));
        QCOMPARE(accounts.at(3).secretBase32, QByteArray("N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN"));
        // A tool that form-decoded the URI turned '+' into ' ': still readable.
        QByteArray spaced = uris.constFirst();
        spaced.replace('+', ' ');
        QCOMPARE(accountsOf({spaced}).size(), 4);
    }

    void phonePhotoOfATransferCode()
    {
        const auto texts =
            QrDecoder::decodeFile(sharedDir() + QStringLiteral("/fixtures/third-party/google-authenticator/"
                                                               "example_export.png"));
        QVERIFY(texts.has_value());
        QCOMPARE(texts->size(), 1);
        const auto payload = MigrationPayload::parse(texts->constFirst());
        QVERIFY(payload.has_value());
        QVERIFY(!payload->accounts.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("uri");
        QTest::addColumn<int>("code");
        QTest::newRow("otpauth") << QByteArray("otpauth://totp/x?secret=AB") << int(ErrorCode::UriBadScheme);
        QTest::newRow("other host") << QByteArray("otpauth-migration://online?data=AA")
                                    << int(ErrorCode::UriBadScheme);
        QTest::newRow("no data") << QByteArray("otpauth-migration://offline?x=1")
                                 << int(ErrorCode::MigrationBadData);
        QTest::newRow("bad base64") << QByteArray("otpauth-migration://offline?data=%%%")
                                    << int(ErrorCode::MigrationBadData);
        QTest::newRow("not protobuf")
            << QByteArray("otpauth-migration://offline?data=" + QByteArray("\xff\xff\xff\xff").toBase64())
            << int(ErrorCode::MigrationBadData);
        // one empty entry, batch_size 2, batch_index 5
        QTest::newRow("index beyond size") << QByteArray("otpauth-migration://offline?data=" +
                                                         QByteArray("\x0a\x00\x18\x02\x20\x05", 6).toBase64())
                                           << int(ErrorCode::MigrationBadData);
        QTest::newRow("no accounts") << QByteArray("otpauth-migration://offline?data=" +
                                                   QByteArray("\x10\x01").toBase64())
                                     << int(ErrorCode::MigrationBadData);
        QTest::newRow("too long") << QByteArray("otpauth-migration://offline?data=" + QByteArray(70000, 'A'))
                                  << int(ErrorCode::UriTooLong);
    }

    void malformed()
    {
        QFETCH(QByteArray, uri);
        QFETCH(int, code);
        const auto payload = MigrationPayload::parse(uri);
        QVERIFY2(!payload.has_value(), "a malformed transfer must be refused");
        QCOMPARE(int(payload.error().code), code);
    }

    void md5EntryIsReportedNotDropped()
    {
        // One entry: secret "abc", name "x", algorithm MD5 (4).
        const QByteArray entry = QByteArray("\x0a\x03"
                                            "abc"
                                            "\x12\x01"
                                            "x"
                                            "\x20\x04",
                                            10);
        const QByteArray payload = "\x0a" + QByteArray(1, char(entry.size())) + entry;
        const auto parsed =
            MigrationPayload::parse(QByteArray("otpauth-migration://offline?data=" + payload.toBase64()));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->accounts.size(), 0);
        QCOMPARE(parsed->rejected.size(), 1);
        QCOMPARE(parsed->rejected.constFirst().error.code, ErrorCode::UriUnknownAlgorithm);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestMigrationPayload test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_migrationpayload.moc"
