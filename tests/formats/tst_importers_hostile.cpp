// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: cut, oversized, absurdly costly or malformed files fail quickly with a specific error and
// never import something else.
#include "HostileFiles.h"
#include "ImportFixtures.h"
#include "OtherAppsSamples.h"

using namespace twofold;
using namespace twofold::importtest;

class TestHostileImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(fixturesReady(), fixturesMissing); }

    // Each refused in well under a second.
    void oversizedInputIsRefusedQuickly()
    {
        // A 200 MB file is refused from its size, without being read.
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(200 * 1024 * 1024));
        big.close();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(test::errorOf(Importer::readFile(big.fileName())),
                 (Error{ErrorCode::ImportTooLarge, {}, {}, ErrorReason::FileTooLarge}));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(test::errorOf(Importer::read(QByteArray(ImportLimits::maxFileBytes + 1, ' '))).code,
                 ErrorCode::ImportTooLarge);

        QByteArray deep(1'000'000, '[');
        deep.append(QByteArray(1'000'000, ']'));
        timer.restart();
        QVERIFY(ImportInput::nestsDeeperThan(deep, 64));
        QCOMPARE(ImportInput(deep).json(), nullptr);
        QCOMPARE(test::errorOf(Importer::read(deep)).code, ErrorCode::ImportUnknownFormat);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        QByteArray manyLines;
        for (int i = 0; i <= ImportLimits::maxEntries; ++i)
            manyLines += "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n";
        QCOMPARE(test::errorOf(Importer::read(manyLines)),
                 (Error{ErrorCode::ImportTooLarge, {}, {}, ErrorReason::TooManyEntries}));
        QCOMPARE(test::errorOf(Importer::readFile(dir.filePath(QStringLiteral("missing")))).code,
                 ErrorCode::FileNotFound);
    }

    void plainFixturesCutShortAreDamaged_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"aegis/aegis_plain.json", "aegis/aegis_plain_grouped_v2.json",
                                 "gnome-authenticator/aegis_plain.json", "andotp/andotp_plain.json",
                                 "gnome-authenticator/andotp_plain.json", "2fas/2fas_authenticator.json",
                                 "2fas/2fas_authenticator_plain.2fas",
                                 "2fas/2fas_authenticator_plain_v3.2fas", "2fas/twofas.unencrypted.2fas"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void plainFixturesCutShortAreDamaged()
    {
        QFETCH(QString, file);
        const QByteArray data = readFixture(file);
        QVERIFY2(!data.isEmpty(), "fixture file missing");
        for (const qsizetype size : {data.size() / 2, data.trimmed().size() - 1}) {
            const auto cut = Importer::read(data.first(size));
            QVERIFY2(!cut, "a cut JSON file is not imported");
            QCOMPARE(cut.error().code, ErrorCode::ImportDamaged);
        }
    }

    void aegisAbsurdScryptIsRefusedQuickly()
    {
        for (const auto &[key, value] : {std::pair{"n", double(quint64(1) << 30)}, std::pair{"r", 1e6},
                                         std::pair{"p", 1e6}, std::pair{"n", 1000.0}, std::pair{"n", -1.0}}) {
            QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
            QJsonObject header = root[u"header"].toObject();
            QJsonArray slotList = header[u"slots"].toArray();
            QJsonObject slot = slotList[0].toObject();
            slot[QLatin1StringView(key)] = value;
            slotList[0] = slot;
            header[u"slots"] = slotList;
            root[u"header"] = header;
            QElapsedTimer timer;
            timer.start();
            const auto result = Importer::read(toJson(root), test::bytes("test"));
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::KdfParametersOutOfRange);
            QVERIFY2(timer.elapsed() < 1000, "refused before deriving");
        }
    }

    // A cut file is damaged, never a wrong password (the right one is given), never a crash. CSV is left
    // out: a CSV cut between records is still a valid CSV.
    void otherAppsTruncated_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("password");
        // TOTP Authenticator's export is bare base64 of AES blocks: cut, it is no longer recognisable.
        QTest::addColumn<bool>("mayBeUnrecognised");
        for (const otherApps::Sample &sample : otherApps::samples) {
            const QByteArray data = readFixture(QString::fromLatin1(sample.file)).trimmed();
            if (QByteArrayView(sample.file).endsWith(".csv"))
                continue;
            const bool noSignature = QByteArrayView(sample.file).endsWith("totp_authenticator.bin");
            QTest::addRow("%s, first half", sample.file)
                << data.first(data.size() / 2) << QByteArray(sample.password) << noSignature;
            QTest::addRow("%s, last byte cut", sample.file)
                << data.chopped(1) << QByteArray(sample.password) << noSignature;
        }
        const QByteArray ente = otherApps::enteSmall.trimmed();
        QTest::newRow("ente, cheap costs, first half")
            << ente.first(ente.size() / 2) << QByteArray("test") << false;
        QTest::newRow("ente, cheap costs, last byte cut") << ente.chopped(1) << QByteArray("test") << false;
    }

    void otherAppsTruncated()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, password);
        QFETCH(bool, mayBeUnrecognised);
        const auto result = Importer::read(data, test::bytes(password));
        QVERIFY2(!result, "a cut file must not import");
        QVERIFY2(
            result.error().code == ErrorCode::ImportDamaged ||
                (mayBeUnrecognised && result.error().code == ErrorCode::ImportUnknownFormat),
            qPrintable(
                QStringLiteral("error %1 (%2)").arg(int(result.error().code)).arg(result.error().detail)));
    }

    // Every prefix of every file fails as damaged or unknown, with the right password: never a crash, never
    // "wrong password". A prefix that still imports (a CSV cut at a record's end) holds the whole file's
    // accounts in order, field for field; only the record the cut falls in may differ, as a text format
    // cannot tell a cut last line from a whole one.
    void otherAppsEveryPrefixFailsCleanly()
    {
        QList<std::pair<QByteArray, QByteArray>> files;
        for (const otherApps::Sample &sample : otherApps::samples)
            files.append({readFixture(QString::fromLatin1(sample.file)), QByteArray(sample.password)});
        files.append({otherApps::enteSmall, "test"});
        const auto one = [](const ImportedAccount &account) {
            return actualAccounts({account}).constFirst();
        };
        for (const auto &[data, password] : std::as_const(files)) {
            QVERIFY(!data.isEmpty());
            const auto whole = Importer::read(data, test::bytes(password));
            for (qsizetype size = 1; size < data.size(); ++size) {
                const auto result = Importer::read(data.first(size), test::bytes(password));
                if (result) {
                    const QList<ImportedAccount> &got = result->accounts;
                    QVERIFY2(
                        whole && got.size() <= whole->accounts.size(),
                        qPrintable(
                            QStringLiteral("prefix of %1 bytes imports more than the whole file").arg(size)));
                    const bool cutInsideALine = data.at(size) != '\n' && data.at(size) != '\r';
                    for (qsizetype i = 0; i < got.size() - (cutInsideALine ? 1 : 0); ++i)
                        QVERIFY2(one(got.at(i)) == one(whole->accounts.at(i)),
                                 qPrintable(QStringLiteral("prefix of %1 bytes: account %2 is %3")
                                                .arg(size)
                                                .arg(i)
                                                .arg(one(got.at(i)))));
                    continue;
                }
                const ErrorCode code = result.error().code;
                QVERIFY2(code == ErrorCode::ImportDamaged || code == ErrorCode::ImportUnknownFormat,
                         qPrintable(QStringLiteral("prefix of %1 bytes: error %2 (%3)")
                                        .arg(size)
                                        .arg(int(code))
                                        .arg(result.error().detail)));
            }
        }
    }

    // Costs a file asks for are checked before any KDF runs.
    void otherAppsAbsurdKdfRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("which");
        const QByteArray pbkdf2 = readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.pbkdf2.json"));
        const QByteArray argon2 = readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.argon2id.json"));
        const QByteArray ente = readFixture(QStringLiteral("ente-auth/ente.encrypted.json"));
        using otherApps::withMember;
        QTest::newRow("bitwarden PBKDF2 2e9 iterations")
            << withMember(pbkdf2, QStringLiteral("kdfIterations"), 2e9) << QStringLiteral("iterations");
        QTest::newRow("bitwarden PBKDF2 negative iterations")
            << withMember(pbkdf2, QStringLiteral("kdfIterations"), -5) << QStringLiteral("iterations");
        QTest::newRow("bitwarden Argon2 1 TiB")
            << withMember(argon2, QStringLiteral("kdfMemory"), 1 << 20) << QStringLiteral("memory");
        QTest::newRow("bitwarden Argon2 4 GiB")
            << withMember(argon2, QStringLiteral("kdfMemory"), 4096) << QStringLiteral("memory");
        QTest::newRow("bitwarden Argon2 1000 passes")
            << withMember(argon2, QStringLiteral("kdfIterations"), 1000) << QStringLiteral("iterations");
        QTest::newRow("bitwarden Argon2 1000 lanes")
            << withMember(argon2, QStringLiteral("kdfParallelism"), 1000) << QStringLiteral("lanes");
        QTest::newRow("bitwarden Argon2 memory missing")
            << withMember(argon2, QStringLiteral("kdfMemory"), QJsonValue()) << QStringLiteral("memory");
        QTest::newRow("ente 4 GiB") << withMember(ente, QStringLiteral("memLimit"), 4294967296.0,
                                                  QStringLiteral("kdfParams"))
                                    << QStringLiteral("memory");
        QTest::newRow("ente 2^40 bytes")
            << withMember(ente, QStringLiteral("memLimit"), 1099511627776.0, QStringLiteral("kdfParams"))
            << QStringLiteral("memory");
        QTest::newRow("ente 10^6 passes")
            << withMember(ente, QStringLiteral("opsLimit"), 1e6, QStringLiteral("kdfParams"))
            << QStringLiteral("iterations");
        QTest::newRow("ente 0 passes")
            << withMember(ente, QStringLiteral("opsLimit"), 0, QStringLiteral("kdfParams"))
            << QStringLiteral("iterations");
    }

    void otherAppsAbsurdKdfRefusedQuickly()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, which);
        QElapsedTimer timer;
        timer.start();
        const auto result = Importer::read(data, test::bytes("password"));
        QVERIFY(!result);
        QCOMPARE(result.error(), (Error{ErrorCode::KdfParametersOutOfRange, which}));
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    }

    void cutFilesGiveSpecificErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qsizetype>("cut"); // bytes removed from the end; -1: half the file
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        const auto row = [](const char *file, qsizetype cut, const char *password, ErrorCode code) {
            QTest::addRow("%s minus %s, password '%s'", file,
                          cut < 0 ? "half" : qPrintable(QString::number(cut)), password)
                << QString::fromLatin1(file) << cut << QString::fromLatin1(password) << int(code);
        };
        // JSON that no longer parses is no longer recognisable as any format.
        row("freeotp-plus/freeotp_plus.json", -1, "", ErrorCode::ImportUnknownFormat);
        row("freeotp-plus/freeotp_plus.json", 1, "", ErrorCode::ImportUnknownFormat);
        row("authenticator-pro/backup.unencrypted.authpro", -1, "", ErrorCode::ImportUnknownFormat);
        // XML: recognised from the tokens before the cut.
        row("freeotp-plus/freeotp_plus_internal.xml", -1, "", ErrorCode::ImportDamaged);
        row("freeotp/freeotp.xml", -1, "", ErrorCode::ImportDamaged);
        row("freeotp/freeotp.xml", 8, "", ErrorCode::ImportDamaged);
        // Java serialization: lengths are checked before the password is used.
        row("freeotp/freeotp_v2_api27.xml", -1, "test", ErrorCode::ImportDamaged);
        row("freeotp/freeotp_v2_api27.xml", 1, "test", ErrorCode::ImportDamaged);
        row("freeotp/freeotp.bin", -1, "test", ErrorCode::ImportDamaged);
        // Authenticator Pro: a cut shorter than the header, or not whole CBC blocks, is damage. GCM cannot
        // tell a cut from a wrong key, so a long cut of the current format reads as a wrong password.
        row("authenticator-pro/stratum_encrypted.bin", 1400, "test", ErrorCode::ImportDamaged);
        row("authenticator-pro/stratum_encrypted.bin", -1, "test", ErrorCode::ImportWrongPassword);
        row("authenticator-pro/stratum_encrypted_legacy.bin", -1, "test", ErrorCode::ImportDamaged);
        row("authenticator-pro/stratum_encrypted_legacy.bin", 1, "test", ErrorCode::ImportDamaged);
        row("authenticator-pro/stratum_encrypted_legacy.bin", 16, "test", ErrorCode::ImportDamaged);
        row("authenticator-pro/stratum_encrypted_legacy.bin", 16, "wrong", ErrorCode::ImportWrongPassword);
        // ZIPs: recognised by the first local header's name when the central directory is gone.
        row("winauth/winauth.zip", -1, "test", ErrorCode::ImportDamaged);
        row("winauth/winauth.zip", 1, "test", ErrorCode::ImportDamaged);
        row("authenticator-plus/authenticator_plus.zip", -1, "testtesttest", ErrorCode::ImportDamaged);
        row("authenticator-plus/authenticator_plus.zip", 1, "testtesttest", ErrorCode::ImportDamaged);
        row("gnome-authenticator/raivootp.zip", -1, "RaivoTest123", ErrorCode::ImportDamaged);
        row("gnome-authenticator/raivootp.zip", 1, "RaivoTest123", ErrorCode::ImportDamaged);
        // SQLite: pages missing from the end.
        row("authenticator-pro/stratum_internal.db", -1, "", ErrorCode::ImportDamaged);
        // (A cut that leaves a table's pages whole imports that table: the Google file's accounts are on
        // page 4 of 9, so it is cut to 3 pages here.)
        row("google-authenticator/google_authenticator.sqlite", 6 * 4096, "", ErrorCode::ImportDamaged);
        row("microsoft-authenticator/microsoft_authenticator.sqlite", -1, "", ErrorCode::ImportDamaged);
        // SQLCipher is recognised only by whole pages of random bytes.
        // Half a SQLCipher file is random bytes without whole pages: as headerless as andOTP's encrypted
        // backups, which claim it and ask for a password.
        row("authenticator-plus/authplus.db", -1, "", ErrorCode::ImportPasswordNeeded);
    }

    void cutFilesGiveSpecificErrors()
    {
        QFETCH(QString, file);
        QFETCH(qsizetype, cut);
        QFETCH(QString, password);
        QFETCH(int, code);
        const QByteArray data = readFixture(file);
        QVERIFY2(!data.isEmpty(), "fixture file missing");
        const QByteArray damaged = data.first(cut < 0 ? data.size() / 2 : data.size() - cut);
        const auto result = Importer::read(damaged, test::bytes(password.toUtf8()));
        QVERIFY2(!result, "a cut file must not import");
        QCOMPARE(int(result.error().code), code);
    }

    void freeOtpRefusesAbsurdIterationsAtOnce()
    {
        const QByteArray master =
            R"({"mAlgorithm":"PBKDF2withHmacSHA512","mEncryptedKey":{"mCipher":"AES/GCM/NoPadding",)"
            R"("mCipherText":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17],"mParameters":[4,12,1,2,3,4,5,6,7,8,9,10,11,12],)"
            R"("mToken":"AES"},"mIterations":2000000000,"mSalt":[1,2,3,4]})";
        const QByteArray data = javaMap(1, javaString("masterKey") + javaString(master)) + "\x78";
        QElapsedTimer timer;
        timer.start();
        const auto result = Importer::read(data, test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(result.error(), (Error{ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations")}));
        QVERIFY2(timer.elapsed() < 1000, "refused before deriving");
    }

    void malformedJavaSerializationIsDamaged_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        const int damaged = int(ErrorCode::ImportDamaged);
        QTest::newRow("header only") << javaMap(1, {}) << damaged;
        QTest::newRow("long string of 2^62 bytes")
            << javaMap(1, QByteArray::fromHex("7c4000000000000000") + "x") << damaged;
        QTest::newRow("string longer than the file")
            << javaMap(1, QByteArray::fromHex("74ffff") + "abc") << damaged;
        QTest::newRow("reference to the map itself")
            << javaMap(1, javaString("masterKey") + QByteArray::fromHex("71007e0001") + "\x78") << damaged;
        QTest::newRow("reference past the strings")
            << javaMap(1, javaString("masterKey") + QByteArray::fromHex("71007e0009") + "\x78") << damaged;
        QTest::newRow("an object value")
            << javaMap(1, javaString("masterKey") + QByteArray::fromHex("7372") + "\x78") << damaged;
        QTest::newRow("bad modified UTF-8")
            << javaMap(1, javaString("\xff") + javaString("x") + "\x78") << damaged;
        QTest::newRow("no master key") << javaMap(1, javaString("a") + javaString("b") + "\x78") << damaged;
        QTest::newRow("2^31 entries") << javaMap(0x7fffffff, {}) << int(ErrorCode::ImportTooLarge);
    }

    void malformedJavaSerializationIsDamaged()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QElapsedTimer timer;
        timer.start();
        const auto result = Importer::read(data, test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(timer.elapsed() < 1000);
    }

    void zipBombsStopAtTheCap()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray zeros(20 * 1024 * 1024, '\0');
        // The header admits 20 MiB: refused before inflating.
        auto result = Importer::read(zipWith("Accounts.txt", zeros, quint32(zeros.size())), test::bytes("x"));
        QVERIFY(!result);
        QCOMPARE(result.error(), (Error{ErrorCode::ImportTooLarge, {}, {}, ErrorReason::FileTooLarge}));
        // The header lies (100 bytes): reading stops one byte past it.
        result = Importer::read(zipWith("Accounts.txt", zeros, 100), test::bytes("x"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ImportDamaged);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        // An unencrypted export still imports (the password is simply not needed).
        const QByteArray line = "otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\n";
        result = Importer::read(zipWith("Accounts.txt", line, quint32(line.size())), test::bytes("x"));
        QVERIFY(result);
        QCOMPARE(result->accounts.size(), 1);
    }

    void hostileDatabasesAreBounded()
    {
        // More rows than an import takes: refused, not read to the end.
        const QByteArray many =
            sqliteFile("CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT, secret TEXT, counter "
                       "INTEGER, type INTEGER, "
                       "issuer TEXT);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001) "
                       "INSERT INTO accounts (email, secret, counter, type) SELECT 'x', 'JBSWY3DPEHPK3PXP', "
                       "0, 0 FROM n;");
        QVERIFY(!many.isEmpty());
        QCOMPARE(test::errorOf(Importer::read(many)),
                 (Error{ErrorCode::ImportTooLarge, {}, {}, ErrorReason::TooManyEntries}));

        // `accounts` as a view that would run forever: views are disabled, so it is refused at once.
        const QByteArray endless = sqliteFile(
            "CREATE TABLE t (email TEXT, secret TEXT, counter INTEGER, type INTEGER);"
            "CREATE VIEW accounts AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT 'x' AS email, 'JBSWY3DPEHPK3PXP' AS secret, 0 AS counter, 0 AS type FROM n;");
        QVERIFY(!endless.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const auto result = Importer::read(endless);
        QVERIFY(!result);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

private:
    CryptoRuntime m_crypto;
};

QTEST_GUILESS_MAIN(TestHostileImports)
#include "tst_importers_hostile.moc"
