// SPDX-License-Identifier: GPL-3.0-or-later
// Bitwarden, Ente, LastPass, Proton, Steam, Duo, Authy, Battle.net, TOTP Authenticator, FreeOTP and
// Authenticator Pro files.
#include "ImportFixtures.h"
#include "OtherAppsSamples.h"

using namespace twofold;
using namespace twofold::importtest;

class TestOtherAppImporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(fixturesReady(), fixturesMissing); }

    void otherAppsWrongPassword_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        for (const otherApps::Sample &sample : otherApps::samples) {
            if (*sample.password)
                QTest::newRow(sample.file)
                    << readFixture(QString::fromLatin1(sample.file)) << QString::fromLatin1(sample.format);
        }
        QTest::newRow("ente, cheap costs") << otherApps::enteSmall << QStringLiteral("ente");
        QTest::newRow("totp-authenticator, built-in password")
            << otherApps::totpAuthenticatorDefault << QStringLiteral("totp-authenticator");
    }

    void otherAppsWrongPassword()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        QVERIFY(!data.isEmpty());
        const auto result = Importer::read(data, test::bytes("not the password"));
        QVERIFY2(!result, "a wrong password must not import anything");
        QCOMPARE(result.error(), (Error{ErrorCode::ImportWrongPassword, {}, format}));
    }

    void otherAppsNeedPassword()
    {
        for (const otherApps::Sample &sample : otherApps::samples) {
            if (!*sample.password)
                continue;
            const QByteArray data = readFixture(QString::fromLatin1(sample.file));
            const auto detection = Importer::detect(data);
            QVERIFY2(detection && detection->needsPassword, sample.file);
            QCOMPARE(test::errorOf(Importer::read(data)),
                     (Error{ErrorCode::ImportPasswordNeeded, {}, QString::fromLatin1(sample.format)}));
        }
    }

    // The validation string's MAC tells a wrong password; a MAC failure on the data after it is damage.
    void otherAppsBitwardenDataMacFailureIsDamage()
    {
        const QByteArray file = readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.pbkdf2.json"));
        const QString data = QJsonDocument::fromJson(file).object().value(u"data").toString();
        QStringList parts = data.sliced(2).split(u'|');
        QByteArray ciphertext = QByteArray::fromBase64(parts[1].toLatin1());
        ciphertext[5] = char(ciphertext[5] ^ 1);
        parts[1] = QString::fromLatin1(ciphertext.toBase64());
        const QByteArray changed = otherApps::withMember(file, QStringLiteral("data"),
                                                         QString(QStringLiteral("2.") + parts.join(u'|')));
        QCOMPARE(test::errorOf(Importer::read(changed, test::bytes("rud9^5S6$^Ewmr%d"))),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("data mac"), QStringLiteral("bitwarden")}));
    }

    void otherAppsBitwardenUnsupported()
    {
        const QByteArray file = readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.pbkdf2.json"));
        QCOMPARE(Importer::read(otherApps::withMember(file, QStringLiteral("kdfType"), 7), test::bytes("x"))
                     .error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("7"), QStringLiteral("bitwarden"),
                        ErrorReason::Kdf}));
        const QByteArray restricted =
            readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.accountrestricted.json"));
        QCOMPARE(test::errorOf(Importer::read(restricted)), (Error{ErrorCode::ImportUnsupported,
                                                                   {},
                                                                   QStringLiteral("bitwarden"),
                                                                   ErrorReason::AccountRestricted}));
    }

    void otherAppsBitwardenItemFields()
    {
        const QByteArray json =
            "{\"encrypted\": false, "
            "\"folders\": [{\"id\": \"f1\", \"name\": \"Work\"}], "
            "\"items\": [ "
            "{\"type\": 1, \"name\": \"Mail\", \"folderId\": \"f1\", \"favorite\": true, \"notes\": \"backup "
            "codes in the safe\", "
            "\"login\": {\"username\": \"alice\", \"totp\": "
            "\"otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP\"}}, "
            "{\"type\": 1, \"name\": \"Forge\", \"login\": {\"username\": \"bob\", \"totp\": \" jbsw y3dp "
            "ehpk 3pxp \"}}, "
            "{\"type\": 1, \"name\": \"Broken\", \"login\": {\"username\": \"carol\", \"totp\": \"not "
            "base32!\"}}, "
            "{\"type\": 1, \"name\": \"No code\", \"login\": {\"username\": \"dave\", \"password\": \"x\"}}, "
            "{\"type\": 2, \"name\": \"A note\", \"notes\": \"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\"} "
            "]}";
        const auto result = Importer::read(json);
        QVERIFY(result);
        QCOMPARE(result->format, QStringLiteral("bitwarden"));
        QCOMPARE(result->accounts.size(), 2);
        const ImportedAccount &mail = result->accounts.at(0);
        QCOMPARE(mail.otp.issuer(), QStringLiteral("Mail")); // the URI has no issuer: the item name
        QCOMPARE(mail.otp.name(), QStringLiteral("alice"));
        QCOMPARE(mail.tags, QStringList{QStringLiteral("Work")});
        QCOMPARE(mail.note, QStringLiteral("backup codes in the safe"));
        QVERIFY(mail.favourite);
        const ImportedAccount &forge = result->accounts.at(1);
        QCOMPARE(forge.otp.issuer(), QStringLiteral("Forge"));
        QCOMPARE(forge.otp.name(), QStringLiteral("bob"));
        QCOMPARE(test::plain(forge.otp.secret()), QByteArray("Hello!\xDE\xAD\xBE\xEF"));
        QVERIFY(forge.tags.isEmpty() && !forge.favourite);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.at(0).label, QStringLiteral("Broken:carol"));
    }

    void otherAppsBitwardenCsvQuoting()
    {
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\r\n"
            "Work,1,login,\"Mail, personal\",\"line one\r\nline \"\"two\"\"\",,,alice,pw,"
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP\r\n"
            ",,note,Just a note,,,,,,\r\n"
            ",,login,\"Game\",,,,\"\",,steam://JRZCL47CMXVOQMNPZR2F7J4RGI\r\n"
            ",,login,No code,,,,dave,pw,\r\n";
        const auto result = Importer::read(csv);
        QVERIFY(result);
        QCOMPARE(result->format, QStringLiteral("bitwarden"));
        QCOMPARE(result->accounts.size(), 2);
        QCOMPARE(result->rejected.size(), 0);
        const ImportedAccount &mail = result->accounts.at(0);
        QCOMPARE(mail.otp.issuer(), QStringLiteral("Mail, personal"));
        QCOMPARE(mail.otp.name(), QStringLiteral("alice"));
        QCOMPARE(mail.note, QStringLiteral("line one\r\nline \"two\""));
        QCOMPARE(mail.tags, QStringList{QStringLiteral("Work")});
        QVERIFY(mail.favourite);
        QCOMPARE(result->accounts.at(1).otp.issuer(), QStringLiteral("Game"));
        QCOMPARE(result->accounts.at(1).otp.parameters().type(), OtpType::Steam);

        QByteArray open = csv;
        open.append(",,login,\"unterminated,,,,,,otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\r\n");
        QCOMPARE(test::errorOf(Importer::read(open)),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("csv"), QStringLiteral("bitwarden")}));
    }

    void otherAppsCsvReader()
    {
        const auto records = CsvReader::parse("a,\"b,c\",\"d\"\"e\"\n\n\"f\ng\",,\r\nlast");
        QVERIFY(records);
        const QList<QStringList> expected = {
            {QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")},
            {QStringLiteral("f\ng"), QString(), QString()},
            {QStringLiteral("last")},
        };
        QCOMPARE(*records, expected);
        QVERIFY(!CsvReader::parse("a,\"b"));
        QVERIFY(!CsvReader::parse("a,\"b\"c"));
    }

    // RFC 5869 test case 1, expand step (PRK given).
    void otherAppsHkdfExpand()
    {
        const SecureBytes prk(
            QByteArray::fromHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"));
        const auto okm =
            Hkdf::expand(HashAlgorithm::Sha256, prk, QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm);
        QCOMPARE(test::plain(*okm).toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                            "34007208d5b887185865"));
        QCOMPARE(test::errorOf(Hkdf::expand(HashAlgorithm::Sha256, prk, {}, 255 * 32 + 1)).code,
                 ErrorCode::InvalidKey);
    }

    void otherAppsEnteCheapFile()
    {
        const auto result = Importer::read(otherApps::enteSmall, test::bytes("test"));
        QVERIFY(result);
        QCOMPARE(result->format, QStringLiteral("ente"));
        QCOMPARE(result->accounts.size(), 2);
        QCOMPARE(result->accounts.at(0).otp.issuer(), QStringLiteral("Small"));
        QCOMPARE(result->accounts.at(1).otp.issuer(), QStringLiteral("Quoted")); // the JSON-quoted line
        QCOMPARE(result->accounts.at(1).otp.parameters().counter(), 7u);

        // Changed ciphertext cannot be told from a wrong password: secretstream only says "does not open".
        QJsonObject root = QJsonDocument::fromJson(otherApps::enteSmall).object();
        QByteArray data = QByteArray::fromBase64(root.value(u"encryptedData").toString().toLatin1());
        data[3] = char(data[3] ^ 0x40);
        const QByteArray changed = otherApps::withMember(
            otherApps::enteSmall, QStringLiteral("encryptedData"), QString::fromLatin1(data.toBase64()));
        QCOMPARE(test::errorOf(Importer::read(changed, test::bytes("test"))).code,
                 ErrorCode::ImportWrongPassword);
        const QByteArray shortData = otherApps::withMember(
            otherApps::enteSmall, QStringLiteral("encryptedData"), QStringLiteral("AAAA"));
        QCOMPARE(test::errorOf(Importer::read(shortData, test::bytes("test"))),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("data"), QStringLiteral("ente")}));
        const QByteArray newer = otherApps::withMember(otherApps::enteSmall, QStringLiteral("version"), 2);
        QCOMPARE(test::errorOf(Importer::read(newer, test::bytes("test"))),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("2"), QStringLiteral("ente"),
                        ErrorReason::Version}));
    }

    // Exported without a password of the user's own, the file opens with the app's built-in one.
    void otherAppsTotpAuthenticatorBuiltInPassword()
    {
        const auto detection = Importer::detect(otherApps::totpAuthenticatorDefault);
        QVERIFY(detection);
        QCOMPARE(QLatin1StringView(detection->format->id), QLatin1StringView("totp-authenticator"));
        QVERIFY(!detection->needsPassword);
        const auto result = Importer::read(otherApps::totpAuthenticatorDefault);
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 1);
        const OtpParameters &parameters = result->accounts.at(0).otp.parameters();
        QCOMPARE(parameters.digits(), 8);
        QCOMPARE(parameters.period(), 60);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.at(0).label, QStringLiteral("Odd:dave"));
        QCOMPARE(result->rejected.at(0).error,
                 (Error{ErrorCode::ImportBadSecret, QStringLiteral("base 17")}));
    }

    void otherAppsBattleNetOtherEncryption()
    {
        QByteArray xml = readFixture(QStringLiteral("battle-net/battle_net_authenticator.xml"));
        xml.replace(">MASK<", ">KEYSTORE<");
        QCOMPARE(test::errorOf(Importer::read(xml)),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("KEYSTORE"),
                        QStringLiteral("battle-net"), ErrorReason::Masking}));
    }

    void otherAppsPlainTextIsNotClaimed()
    {
        // A bare base32 secret, a hex string of base64 length, a sentence: no format of these claims them.
        for (const QByteArray &text : {QByteArray("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
                                       QByteArray("this is just some text, nothing more"),
                                       QByteArray("[1, 2, 3]"), QByteArray("{\"items\": []}")})
            QCOMPARE(test::errorOf(Importer::read(text)).code, ErrorCode::ImportUnknownFormat);
    }

    void freeOtpPlusRejectsEntriesOneByOne()
    {
        const QByteArray json = R"({"tokenOrder":[],"tokens":[
            {"algo":"SHA1","digits":6,"issuerExt":"Good","label":"a","period":30,"secret":[1,2,3,4,5,6,7,8,9,10],"type":"TOTP"},
            {"algo":"MD5","digits":6,"issuerExt":"Md5","label":"b","period":30,"secret":[1,2,3],"type":"TOTP"},
            {"algo":"SHA1","digits":6,"issuerExt":"Bytes","label":"c","period":30,"secret":[1,300],"type":"TOTP"},
            {"algo":"SHA1","digits":6,"issuerExt":"Kind","label":"d","period":30,"secret":[1,2],"type":"MOTP"},
            {"algo":"SHA1","digits":6,"issuerExt":"Count","label":"e","counter":-1,"secret":[1,2],"type":"HOTP"},
            {"algo":"SHA1","digits":5,"issuerExt":"Steam","issuerAlt":"My Steam","label":"f","period":30,"secret":[1,2,3],"type":"TOTP"}]})";
        const auto result = Importer::read(json);
        QVERIFY(result);
        QCOMPARE(result->format, QStringLiteral("freeotp-plus"));
        QCOMPARE(result->accounts.size(), 2);
        QCOMPARE(result->accounts.at(1).otp.issuer(), QStringLiteral("My Steam"));
        QCOMPARE(result->accounts.at(1).otp.parameters().type(), OtpType::Steam);
        QCOMPARE(result->rejected.size(), 4);
        QCOMPARE(result->rejected.at(0).label, QStringLiteral("Md5:b"));
        QCOMPARE(result->rejected.at(0).error.code, ErrorCode::UriUnknownAlgorithm);
        QCOMPARE(result->rejected.at(1).error, (Error{ErrorCode::ImportBadSecret, QStringLiteral("bytes")}));
        QCOMPARE(result->rejected.at(2).error,
                 (Error{ErrorCode::ImportUnsupportedType, QStringLiteral("MOTP")}));
        QCOMPARE(result->rejected.at(3).error, (Error{ErrorCode::UriBadCounter, QStringLiteral("-1")}));
    }

    void authenticatorProRejectsMotpWithItsType()
    {
        const auto result =
            Importer::read(readFixture(QStringLiteral("authenticator-pro/backup.unencrypted.authpro")));
        QVERIFY(result);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.at(0).label, QStringLiteral("Company VPN:john@example.com"));
        QCOMPARE(result->rejected.at(0).error,
                 (Error{ErrorCode::ImportUnsupportedType, QStringLiteral("motp")}));
        QStringList work;
        for (const ImportedAccount &account : result->accounts) {
            if (account.tags.contains(u"Work"))
                work.append(account.otp.issuer());
        }
        work.sort();
        QCOMPARE(work, (QStringList{QStringLiteral("DigitalOcean"), QStringLiteral("GitHub"),
                                    QStringLiteral("Microsoft"), QStringLiteral("Slack")}));
    }

private:
    CryptoRuntime m_crypto;
};

QTEST_GUILESS_MAIN(TestOtherAppImporters)
#include "tst_importers_otherapps.moc"
