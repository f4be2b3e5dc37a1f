// SPDX-License-Identifier: GPL-3.0-or-later
// Fixtures of every format read through the one import path: accounts, passwords and errors as the table
// says.
#include "ImportFixtures.h"

using namespace twofold;
using namespace twofold::importtest;

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(fixturesReady(), fixturesMissing); }

    void fixtures_data()
    {
        QTest::addColumn<QJsonObject>("row");
        for (const QJsonValue &value : fixtureTable()) {
            const QJsonObject row = value.toObject();
            QTest::newRow(qPrintable(row[u"file"].toString())) << row;
        }
    }

    void fixtures()
    {
        QFETCH(QJsonObject, row);
        const QByteArray data = readFixture(row[u"file"].toString());
        QVERIFY2(!data.isEmpty(), "fixture file missing");
        const auto result = importFixture(row, data, test::bytes(row[u"password"].toString().toUtf8()));
        if (row.contains(u"error")) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, codeNamed(row[u"error"].toString()));
            return;
        }
        if (!result) {
            QFAIL(qPrintable(QStringLiteral("error %1 (%2)")
                                 .arg(static_cast<int>(result.error().code))
                                 .arg(result.error().detail)));
        }
        QCOMPARE(result->format, row[u"format"].toString());
        QCOMPARE(actualAccounts(result->accounts), expectedAccounts(row[u"accounts"].toArray()));
        QCOMPARE(result->rejected.size(), row[u"rejected"].toInt());
    }

    // Every file FIXTURES.md lists has a row, and every row's format is one the importer knows.
    void everyFixtureIsCovered()
    {
        QSet<QString> rows;
        for (const QJsonValue &value : fixtureTable()) {
            const QJsonObject row = value.toObject();
            rows.insert(row[u"file"].toString());
            QVERIFY2(Importer::format(row[u"format"].toString()),
                     qPrintable(row[u"file"].toString() + QStringLiteral(": no importer for ") +
                                row[u"format"].toString()));
        }
        QFile list(test::sharedDir() + QStringLiteral("/fixtures/third-party/FIXTURES.md"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QRegularExpression heading(QStringLiteral("^#### `([^`]+)`"),
                                         QRegularExpression::MultilineOption);
        int listed = 0;
        for (const QRegularExpressionMatch &match : heading.globalMatch(QString::fromUtf8(list.readAll()))) {
            ++listed;
            QVERIFY2(rows.contains(match.captured(1)),
                     qPrintable(match.captured(1) + QStringLiteral(" has no row")));
        }
        QCOMPARE(listed, rows.size());
    }

    void plainListRejectsBadLinesOneByOne()
    {
        const QByteArray text = "# my accounts\n"
                                "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP\n"
                                "\n"
                                "otpauth://totp/B:b?secret=not-base32!\n"
                                "https://example.com\n"
                                "otpauth://hotp/C:c?secret=JBSWY3DPEHPK3PXP&counter=3\n";
        const auto result = Importer::read(text);
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 2);
        QCOMPARE(result->rejected.size(), 2);
        QCOMPARE(result->rejected.at(0).label, QStringLiteral("B:b"));
        QCOMPARE(result->rejected.at(0).error.code, ErrorCode::Base32InvalidCharacter);
        QCOMPARE(result->rejected.at(1).error.code, ErrorCode::UriBadScheme);
    }

    void unknownAndEmptyFiles()
    {
        QCOMPARE(test::errorOf(Importer::read(QByteArray())),
                 (Error{ErrorCode::ImportUnknownFormat, {}, {}, ErrorReason::EmptyFile}));
        QCOMPARE(test::errorOf(Importer::read("hello world")).code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(test::errorOf(Importer::read("{\"some\": \"json\"}")).code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(test::errorOf(Importer::read(QByteArray("\x89PNG\r\n\x1a\n", 8))).code,
                 ErrorCode::ImportUnknownFormat);
    }

    void depthCountIgnoresBracketsInStrings()
    {
        const QByteArray json = "{\"a\": \"[[[[[[[[[[\", \"b\": \"\\\"[[[[\"}";
        QVERIFY(!ImportInput::nestsDeeperThan(json, 2));
        QVERIFY(ImportInput::nestsDeeperThan("[[[1]]]", 2));
    }

    void encryptedFixturesA_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("format");
        for (const EncryptedFixture &fixture : encryptedSamplesA)
            QTest::newRow(fixture.file) << QString::fromLatin1(fixture.file) << QByteArray(fixture.password)
                                        << QString::fromLatin1(fixture.format);
    }

    void encryptedFixturesA()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(QString, format);
        const QByteArray data = readFixture(file);
        QVERIFY2(!data.isEmpty(), "fixture file missing");

        const auto detected = Importer::detect(data);
        QVERIFY(detected);
        QCOMPARE(QLatin1StringView(detected->format->id), format);
        QVERIFY2(detected->needsPassword, "an encrypted file asks for a password");
        QCOMPARE(test::errorOf(Importer::read(data)), (Error{ErrorCode::ImportPasswordNeeded, {}, format}));

        const auto wrong = Importer::read(data, test::bytes("wrong password"));
        QVERIFY2(!wrong, "a wrong password opens nothing");
        QCOMPARE(wrong.error(), (Error{ErrorCode::ImportWrongPassword, {}, format}));

        // Cut short: never a crash, never accounts. Formats with an authenticated header or JSON around the
        // ciphertext say "damaged"; andOTP has neither, so a wrong password and a damaged file look alike.
        const qsizetype lastByte = format == u"andotp" ? data.size() - 1 : data.trimmed().size() - 1;
        for (const qsizetype size : {data.size() / 2, lastByte}) {
            const auto cut = Importer::read(data.first(size), test::bytes(password));
            QVERIFY2(!cut,
                     qPrintable(QStringLiteral("%1 bytes of %2 must not open").arg(size).arg(data.size())));
            if (format == u"andotp")
                QCOMPARE(cut.error().code, ErrorCode::ImportWrongPassword);
            else
                QCOMPARE(cut.error().code, ErrorCode::ImportDamaged);
        }
    }

    void encryptedFixturesSayWrongPassword_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        const char *const rows[][2] = {
            {"freeotp/freeotp_v2_api23.xml", "freeotp"},
            {"freeotp/freeotp_v2_api25.xml", "freeotp"},
            {"freeotp/freeotp_v2_api27.xml", "freeotp"},
            {"freeotp/freeotp_v2_null_algo.xml", "freeotp"},
            {"freeotp/freeotp.bin", "freeotp"},
            {"authenticator-pro/stratum_encrypted.bin", "authenticator-pro"},
            {"authenticator-pro/stratum_encrypted_legacy.bin", "authenticator-pro"},
            {"winauth/winauth.zip", "winauth"},
            {"authenticator-plus/authenticator_plus.zip", "authenticator-plus"},
            {"gnome-authenticator/raivootp.zip", "raivo"},
        };
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
    }

    void encryptedFixturesSayWrongPassword()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QByteArray data = readFixture(file);
        QVERIFY2(!data.isEmpty(), "fixture file missing");
        QCOMPARE(test::errorOf(Importer::read(data)), (Error{ErrorCode::ImportPasswordNeeded, {}, format}));
        for (const QByteArray &password : {QByteArray("wrong"), QByteArray("Test"), QByteArray("test ")}) {
            const auto result = Importer::read(data, test::bytes(password));
            QVERIFY2(!result, "a wrong password must not import");
            QCOMPARE(result.error(), (Error{ErrorCode::ImportWrongPassword, {}, format}));
        }
    }

private:
    CryptoRuntime m_crypto;
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
