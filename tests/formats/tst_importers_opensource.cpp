// SPDX-License-Identifier: GPL-3.0-or-later
// Aegis, andOTP and 2FAS files, and Aegis exports read back.
#include "ImportFixtures.h"

using namespace twofold;
using namespace twofold::importtest;

class TestOpenSourceImporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(fixturesReady(), fixturesMissing); }

    void aegisPayloadChangedIsDamagedNotWrongPassword()
    {
        QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
        QString db = root[u"db"].toString();
        db[100] = db[100] == u'A' ? u'B' : u'A'; // still valid base64, one ciphertext byte changed
        root[u"db"] = db;
        const auto result = Importer::read(toJson(root), test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(result.error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("payload"), QStringLiteral("aegis")}));

        // The slot itself changed: it no longer opens, which is all a wrong password shows either.
        root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
        QJsonArray slotList = root[u"header"][u"slots"].toArray();
        QJsonObject slot = slotList[0].toObject();
        slot[u"key"] = QString(64, u'0');
        slotList[0] = slot;
        QJsonObject header = root[u"header"].toObject();
        header[u"slots"] = slotList;
        root[u"header"] = header;
        QCOMPARE(test::errorOf(Importer::read(toJson(root), test::bytes("test"))).code,
                 ErrorCode::ImportWrongPassword);
    }

    void aegisSlotTypes()
    {
        // GNOME Authenticator wrote the type as a string.
        QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
        QJsonObject header = root[u"header"].toObject();
        QJsonArray slotList = header[u"slots"].toArray();
        QJsonObject slot = slotList[0].toObject();
        slot[u"type"] = QStringLiteral("1");
        QJsonObject biometric = slot;
        biometric[u"type"] = 2;
        header[u"slots"] = QJsonArray{biometric, slot};
        root[u"header"] = header;
        const auto result = Importer::read(toJson(root), test::bytes("test"));
        QVERIFY2(result, "the password slot opens whatever slots come before it");
        QCOMPARE(result->accounts.size(), 7);

        // Only raw and biometric slots: nothing a password can open, said without asking for one.
        QJsonObject raw = slot;
        raw[u"type"] = 0;
        header[u"slots"] = QJsonArray{raw, biometric};
        root[u"header"] = header;
        const auto detected = Importer::detect(toJson(root));
        QVERIFY(detected);
        QVERIFY(!detected->needsPassword);
        QCOMPARE(
            test::errorOf(Importer::read(toJson(root))),
            (Error{ErrorCode::ImportUnsupported, {}, QStringLiteral("aegis"), ErrorReason::NoPasswordSlot}));
    }

    void aegisNewerVersionsAreRefused()
    {
        QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_plain.json"));
        root[u"version"] = 2;
        QCOMPARE(test::errorOf(Importer::read(toJson(root))),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("2"), QStringLiteral("aegis"),
                        ErrorReason::Version}));
        const QJsonObject content{{QStringLiteral("version"), 4}, {QStringLiteral("entries"), QJsonArray()}};
        QCOMPARE(test::errorOf(Importer::read(aegisPlain(content))),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("4"), QStringLiteral("aegis"),
                        ErrorReason::ContentVersion}));
    }

    void aegisV2GroupsBecomeTags()
    {
        const auto result = Importer::read(readFixture(QStringLiteral("aegis/aegis_plain_grouped_v2.json")));
        QVERIFY(result);
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Deno"))->tags,
                 QStringList{QStringLiteral("group1")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Airbnb"))->tags,
                 QStringList{QStringLiteral("group1")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Issuu"))->tags,
                 QStringList{QStringLiteral("group2")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("SPDX"))->tags, QStringList());
    }

    void aegisV3ContentEntriesAndIcons()
    {
        const QString work = QStringLiteral("5b11ae3b-6fc3-4d46-8ca7-cf0aea7de920");
        const QString home = QStringLiteral("03e572f2-8ebd-44b0-a57e-e958af74815d");
        const QString hugeIcon((2 * 1024 * 1024) / 3 * 4, u'A'); // 2 MiB of image, over Aegis's 1 MiB cap
        QJsonArray entries{
            aegisEntry(QStringLiteral("totp"), QStringLiteral("Grouped"),
                       {{QStringLiteral("groups"), QJsonArray{work, home, QStringLiteral("not-listed")}},
                        {QStringLiteral("group"), QStringLiteral("ignored when groups is present")},
                        {QStringLiteral("note"), QStringLiteral("a note")},
                        {QStringLiteral("favorite"), true}}),
            aegisEntry(QStringLiteral("hotp"), QStringLiteral("Counter")),
            aegisEntry(QStringLiteral("steam"), QStringLiteral("Steam"),
                       {{QStringLiteral("icon"), hugeIcon},
                        {QStringLiteral("icon_mime"), QStringLiteral("image/png")}}),
            aegisEntry(QStringLiteral("motp"), QStringLiteral("Mobile")),
            aegisEntry(QStringLiteral("yandex"), QStringLiteral("Yandex")),
            aegisEntry(
                QStringLiteral("totp"), QStringLiteral("BadSecret"),
                {{QStringLiteral("info"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("!!")}}}}),
            aegisEntry(
                QStringLiteral("totp"), QStringLiteral("Md5"),
                {{QStringLiteral("info"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("JBSWY3DP")},
                                                      {QStringLiteral("algo"), QStringLiteral("MD5")},
                                                      {QStringLiteral("digits"), 6},
                                                      {QStringLiteral("period"), 30}}}}),
        };
        const QJsonObject content{
            {QStringLiteral("version"), 3},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("groups"),
             QJsonArray{QJsonObject{{QStringLiteral("uuid"), work},
                                    {QStringLiteral("name"), QStringLiteral("Work")}},
                        QJsonObject{{QStringLiteral("uuid"), home},
                                    {QStringLiteral("name"), QStringLiteral("Home")}}}},
        };
        const auto result = Importer::read(aegisPlain(content));
        QVERIFY(result);
        QCOMPARE(result->format, QStringLiteral("aegis"));
        QCOMPARE(result->accounts.size(), 4);
        const ImportedAccount *grouped = accountByIssuer(*result, QStringLiteral("Grouped"));
        QCOMPARE(grouped->tags, (QStringList{QStringLiteral("Work"), QStringLiteral("Home")}));
        QCOMPARE(grouped->note, QStringLiteral("a note"));
        QVERIFY(grouped->favourite);
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Counter"))->otp.parameters().counter(), quint64(3));
        QVERIFY2(accountByIssuer(*result, QStringLiteral("Steam")),
                 "an oversized icon is ignored, not the entry");
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Steam"))->otp.parameters().digits(), 5);
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Md5"))->otp.parameters().algorithm(),
                 HashAlgorithm::Sha1);
        QCOMPARE(result->rejected.size(), 3);
        QCOMPARE(result->rejected[0].label, QStringLiteral("Mobile:someone"));
        QCOMPARE(result->rejected[0].error,
                 (Error{ErrorCode::ImportUnsupportedType, QStringLiteral("motp")}));
        QCOMPARE(result->rejected[1].error,
                 (Error{ErrorCode::ImportUnsupportedType, QStringLiteral("yandex")}));
        QCOMPARE(result->rejected[2].error.code, ErrorCode::Base32InvalidCharacter);
    }

    void andOtpTagsAndMotp()
    {
        const auto result = Importer::read(readFixture(QStringLiteral("andotp/andotp.encrypted.bin")),
                                           test::bytes("testtest"));
        QVERIFY(result);
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected[0].label, QStringLiteral("Motp:motp"));
        QCOMPARE(result->rejected[0].error,
                 (Error{ErrorCode::ImportUnsupportedType, QStringLiteral("motp")}));
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Steam"))->tags, QStringList{QStringLiteral("Tag")});
        QCOMPARE(accountByIssuer(*result, QString())->tags, QStringList{QStringLiteral("Tag")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Long"))->tags, QStringList());
    }

    void andOtpEncryptedFormatsAreNotConfused()
    {
        // Old format: the first four bytes are nonce, which may happen to read as a plausible iteration
        // count. Force that case: the current format is tried, fails its tag, and the old format still opens.
        QByteArray old = readFixture(QStringLiteral("andotp/andotp_encrypted_old.bin"));
        QVERIFY(!old.isEmpty());
        auto result = Importer::read(old, test::bytes("test"));
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 6);

        // Current format with an absurd iteration count: never derived, and without a header the file can
        // only be tried as the old format, so it fails quickly as a wrong password.
        QByteArray current = readFixture(QStringLiteral("andotp/andotp_encrypted.bin"));
        QVERIFY(!current.isEmpty());
        current.replace(0, 4, QByteArray("\xff\xff\xff\xff", 4));
        QElapsedTimer timer;
        timer.start();
        result = Importer::read(current, test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ImportWrongPassword);
        QVERIFY2(timer.elapsed() < 1000, "2^32 iterations are never run");
    }

    void andOtpBinaryDetection()
    {
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(200, '\x01'));
        QCOMPARE(test::errorOf(Importer::read(png)).code, ErrorCode::ImportUnknownFormat);
        QByteArray zip("PK\x03\x04", 4);
        zip.append(QByteArray(200, '\x02'));
        QCOMPARE(test::errorOf(Importer::read(zip)).code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(test::errorOf(Importer::read(QByteArray(40, 'x'))).code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(test::errorOf(Importer::read(QByteArray(20, '\x03'))).code, ErrorCode::ImportUnknownFormat);
        const auto binary = Importer::detect(QByteArray(64, '\x03'));
        QVERIFY(binary);
        QCOMPARE(QLatin1StringView(binary->format->id), QLatin1StringView("andotp"));
        QVERIFY(binary->needsPassword);
    }

    void twoFasServicesChangedIsDamagedNotWrongPassword()
    {
        QJsonObject root = jsonFixture(QStringLiteral("2fas/2fas_authenticator_encrypted_v4.2fas"));
        QString sealed = root[u"servicesEncrypted"].toString();
        sealed[10] = sealed[10] == u'A' ? u'B' : u'A';
        root[u"servicesEncrypted"] = sealed;
        auto result = Importer::read(toJson(root), test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(result.error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("payload"), QStringLiteral("2fas")}));

        // Without the reference there is no separate password check.
        root.remove(u"reference");
        result = Importer::read(toJson(root), test::bytes("test"));
        QCOMPARE(result.error().code, ErrorCode::ImportWrongPassword);

        root = jsonFixture(QStringLiteral("2fas/2fas_authenticator_encrypted_v4.2fas"));
        root[u"servicesEncrypted"] = QStringLiteral("not:sealed");
        QCOMPARE(
            test::errorOf(Importer::read(toJson(root), test::bytes("test"))),
            (Error{ErrorCode::ImportDamaged, QStringLiteral("servicesEncrypted"), QStringLiteral("2fas")}));
    }

    void twoFasGroupsSchemaAndNullAlgorithm()
    {
        const auto result = Importer::read(readFixture(QStringLiteral("2fas/twofas.unencrypted.2fas")));
        QVERIFY(result);
        QCOMPARE(accountByIssuer(*result, QStringLiteral("NoIssuer"))->tags,
                 QStringList{QStringLiteral("Group")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Long"))->tags,
                 QStringList{QStringLiteral("Group")});
        QCOMPARE(accountByIssuer(*result, QStringLiteral("Sha"))->tags, QStringList());

        QJsonObject root = jsonFixture(QStringLiteral("2fas/twofas.unencrypted.2fas"));
        root[u"schemaVersion"] = 5;
        QCOMPARE(test::errorOf(Importer::read(toJson(root))),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("5"), QStringLiteral("2fas"),
                        ErrorReason::Schema}));

        root = jsonFixture(QStringLiteral("2fas/twofas.unencrypted.2fas"));
        QJsonArray services = root[u"services"].toArray();
        QJsonObject service = services[0].toObject();
        QJsonObject otp = service[u"otp"].toObject();
        otp[u"algorithm"] = QStringLiteral("SHA224");
        service[u"otp"] = otp;
        services[0] = service;
        root[u"services"] = services;
        const auto sha224 = Importer::read(toJson(root));
        QVERIFY(sha224);
        QCOMPARE(sha224->accounts.size(), 5);
        QCOMPARE(sha224->rejected.size(), 1);
        QCOMPARE(sha224->rejected[0].error,
                 (Error{ErrorCode::UriUnknownAlgorithm, QStringLiteral("SHA224")}));
    }

    void aegisExportRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("plain") << QByteArray();
        QTest::newRow("encrypted") << QByteArray("p\xc3\xa4ss w\xc3\xb6rd \xf0\x9f\x94\x91");
    }

    void aegisExportRoundTrip()
    {
        QFETCH(QByteArray, password);
        const QList<ExportAccount> accounts = exportSample();
        CountingRandom random;
        const auto file = AegisExporter::write(accounts, test::bytes(password), random);
        QVERIFY(file);

        const auto detected = Importer::detect(*file);
        QVERIFY(detected);
        QCOMPARE(QLatin1StringView(detected->format->id), QLatin1StringView("aegis"));
        QCOMPARE(detected->needsPassword, !password.isEmpty());
        const auto result = Importer::read(*file, test::bytes(password));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->rejected.size(), 0);
        QCOMPARE(describeImported(result->accounts), describeExported(accounts));

        const QJsonObject root = QJsonDocument::fromJson(*file).object();
        QCOMPARE(root[u"version"].toInt(), 1);
        if (password.isEmpty()) {
            QCOMPARE(root[u"db"][u"version"].toInt(), AegisExporter::contentVersion);
            QCOMPARE(root[u"db"][u"groups"].toArray().size(), 3); // work, open "source", games
            QCOMPARE(root[u"db"][u"entries"][0][u"uuid"].toString(),
                     QStringLiteral("3ae6f1ad-2e65-4ed2-a953-1ec0dff2386d"));
            return;
        }
        QVERIFY2(!file->contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"), "no secret in an encrypted export");
        const QJsonObject slot = root[u"header"][u"slots"][0].toObject();
        QCOMPARE(slot[u"type"].toInt(), 1);
        QCOMPARE(slot[u"n"].toInt(), 32768);
        QCOMPARE(slot[u"r"].toInt(), 8);
        QCOMPARE(slot[u"p"].toInt(), 1);
        QCOMPARE(slot[u"salt"].toString().size(), 64);
        QCOMPARE(slot[u"key"].toString().size(), 64);
        QCOMPARE(root[u"header"][u"params"][u"nonce"].toString().size(), 24);
        QCOMPARE(root[u"header"][u"params"][u"tag"].toString().size(), 32);
        QCOMPARE(test::errorOf(Importer::read(*file, test::bytes("wrong"))).code,
                 ErrorCode::ImportWrongPassword);

        // Fresh randomness each time: salt, nonces and master key differ between two exports.
        const auto again = AegisExporter::write(accounts, test::bytes(password));
        QVERIFY(again);
        const QJsonObject other = QJsonDocument::fromJson(*again).object();
        QVERIFY(other[u"header"][u"slots"][0][u"salt"] != slot[u"salt"]);
        QVERIFY(other[u"header"][u"params"][u"nonce"] != root[u"header"][u"params"][u"nonce"]);
    }

    void aegisExportOfNothing()
    {
        const auto file = AegisExporter::write({}, SecureBytes());
        QVERIFY(file);
        const auto result = Importer::read(*file);
        QVERIFY(result);
        QVERIFY(result->accounts.isEmpty());
    }

private:
    CryptoRuntime m_crypto;
};

QTEST_GUILESS_MAIN(TestOpenSourceImporters)
#include "tst_importers_opensource.moc"
