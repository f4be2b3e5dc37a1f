// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"
#include "formats/ScannedCodes.h"
#include "qr/QrDecoder.h"
#include "uri/MigrationExport.h"
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

// Google Authenticator transfer codes, checked against real exports in the shared fixtures.
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
        // one empty entry, no batch_size (a batch of one), batch_index 3: found by fuzz_migration
        QTest::newRow("index without size")
            << QByteArray("otpauth-migration://offline?data=" + QByteArray("\x0a\x00\x20\x03", 4).toBase64())
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

    void exportRoundTripsInBatches()
    {
        QList<OtpAuthUri> accounts;
        for (int i = 0; i < 20; ++i) {
            const bool hotp = i % 5 == 0;
            const auto parameters =
                OtpParameters::create(hotp ? OtpType::Hotp : OtpType::Totp, HashAlgorithm::Sha1,
                                      i % 2 ? 8 : 6, 30, hotp ? quint64(i * 1000) : 0);
            accounts.append(*OtpAuthUri::create(i % 3 ? QStringLiteral("Issuer %1").arg(i) : QString(),
                                                QStringLiteral("user%1@example.com").arg(i),
                                                bytes(QByteArray(20, char('a' + i))), *parameters));
        }
        accounts.append(*OtpAuthUri::parse("otpauth://steam/Steam:me?secret=JBSWY3DPEHPK3PXP"));
        accounts.append(*OtpAuthUri::parse("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256"));
        accounts.append(*OtpAuthUri::parse("otpauth://totp/A:c?secret=JBSWY3DPEHPK3PXP&digits=7"));
        accounts.append(*OtpAuthUri::parse("otpauth://totp/A:d?secret=JBSWY3DPEHPK3PXP&period=60"));

        const MigrationExport::Codes codes = MigrationExport::build(accounts, -123456, 8);
        QCOMPARE(codes.links.size(), 3);
        QCOMPARE(codes.refused.size(), 4);
        QStringList reasons;
        for (const MigrationExport::Refused &refused : codes.refused)
            reasons << QString::number(refused.index) + QLatin1Char(' ') +
                           QString::number(int(refused.error.reason));
        QCOMPARE(reasons, (QStringList{QStringLiteral("20 %1").arg(int(ErrorReason::SteamType)),
                                       QStringLiteral("21 %1").arg(int(ErrorReason::Algorithm)),
                                       QStringLiteral("22 %1").arg(int(ErrorReason::Digits)),
                                       QStringLiteral("23 %1").arg(int(ErrorReason::Period))}));

        QList<OtpAuthUri> back;
        for (int index = 0; index < codes.links.size(); ++index) {
            const auto payload = MigrationPayload::parse(codes.links.at(index).toByteArray());
            QVERIFY(payload);
            QCOMPARE(payload->batchSize, 3);
            QCOMPARE(payload->batchIndex, index);
            QCOMPARE(payload->batchId, -123456);
            QVERIFY(payload->rejected.isEmpty());
            back.append(payload->accounts);
        }
        QCOMPARE(back.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(back.at(i).issuer(), accounts.at(i).issuer());
            QCOMPARE(back.at(i).name(), accounts.at(i).name());
            QCOMPARE(back.at(i).parameters(), accounts.at(i).parameters());
            QVERIFY(back.at(i).secret() == accounts.at(i).secret());
        }
    }

    void scannedCodesCollectBatches()
    {
        QList<OtpAuthUri> accounts;
        for (int i = 0; i < 5; ++i)
            accounts.append(*OtpAuthUri::create(QStringLiteral("Site"), QString::number(i),
                                                bytes(QByteArray(10, char('k' + i))),
                                                OtpParameters::defaultTotp()));
        const auto links = MigrationExport::build(accounts, 7, 2).links;
        QCOMPARE(links.size(), 3);

        ScannedCodes scanned;
        QCOMPARE(scanned.add(links.at(0).toByteArray()), 2);
        QCOMPARE(scanned.add(links.at(2).toByteArray()), 1);
        QCOMPARE(scanned.add(links.at(2).toByteArray()), 0); // the same code seen twice by the camera
        QCOMPARE(scanned.incompleteBatches().size(), 1);
        QCOMPARE(scanned.incompleteBatches().constFirst().scanned, 2);
        QCOMPARE(scanned.incompleteBatches().constFirst().total, 3);
        QCOMPARE(scanned.add("otpauth://totp/Other:x?secret=JBSWY3DPEHPK3PXP"), 1);
        QCOMPARE(scanned.add("otpauth://totp/Broken:x?secret=1"), 1);
        QCOMPARE(scanned.add(links.at(1).toByteArray()), 2);
        QVERIFY(scanned.incompleteBatches().isEmpty());
        QCOMPARE(test::errorOf(scanned.add("https://example.com")).code, ErrorCode::UriBadScheme);

        const auto result = scanned.result();
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 6);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.constFirst().label, QStringLiteral("Broken:x"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestMigrationPayload test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_migrationpayload.moc"
