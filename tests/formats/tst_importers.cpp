// Every third-party fixture in ../shared/fixtures/third-party yields exactly the accounts FIXTURES.md lists,
// driven by one table (tests/data/import-fixtures.json); wrong passwords, truncated files and oversized input
// give their specific errors.
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"
#include "formats/ImportInput.h"
#include "formats/Importer.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace twofold;

namespace {

QJsonArray fixtureTable()
{
    QFile file(QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/import-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QByteArray readFixture(const QString &relative)
{
    QFile file(test::sharedDir() + QStringLiteral("/fixtures/third-party/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One account as comparable text: every field the table lists, the secret as hex of its bytes.
QString describe(const QString &issuer, const QString &name, const QString &type, const QString &algorithm,
                 int digits, int period, quint64 counter, const QByteArray &secret)
{
    return QStringLiteral("%1 | %2 | %3 %4 %5 digits | period %6 | counter %7 | %8")
        .arg(issuer, name, type, algorithm)
        .arg(digits)
        .arg(period)
        .arg(counter)
        .arg(QString::fromLatin1(secret.toHex()));
}

QStringList expectedAccounts(const QJsonArray &accounts)
{
    QStringList out;
    for (const QJsonValue &value : accounts) {
        const QJsonObject a = value.toObject();
        const QString type = a[u"type"].toString();
        const auto secret = Base32::decode(a[u"secret"].toString().toLatin1());
        out.append(describe(a[u"issuer"].toString(), a[u"name"].toString(), type, a[u"algorithm"].toString(),
                            a[u"digits"].toInt(), type == u"hotp" ? 0 : a[u"period"].toInt(),
                            type == u"hotp" ? a[u"counter"].toInteger() : 0,
                            secret ? test::plain(*secret) : QByteArray("undecodable")));
    }
    out.sort();
    return out;
}

QStringList actualAccounts(const QList<ImportedAccount> &accounts)
{
    QStringList out;
    for (const ImportedAccount &account : accounts) {
        const OtpParameters &p = account.otp.parameters();
        out.append(describe(account.otp.issuer(), account.otp.name(), otpTypeName(p.type()),
                            hashAlgorithmName(p.algorithm()), p.digits(), p.isTimeBased() ? p.period() : 0,
                            p.isTimeBased() ? 0 : p.counter(), test::plain(account.otp.secret())));
    }
    out.sort();
    return out;
}

// The error codes the table names.
ErrorCode codeNamed(const QString &name)
{
    if (name == u"ImportUnsupported")
        return ErrorCode::ImportUnsupported;
    if (name == u"ImportDamaged")
        return ErrorCode::ImportDamaged;
    if (name == u"ImportUnknownFormat")
        return ErrorCode::ImportUnknownFormat;
    qFatal("import-fixtures.json names an error code the test does not know: %s", qPrintable(name));
}

Expected<ImportResult> importFixture(const QJsonObject &row, const QByteArray &data,
                                     const SecureBytes &password)
{
    if (!row[u"image"].toBool())
        return Importer::read(data, password);
    QImage image;
    image.loadFromData(data);
    auto texts = QrDecoder::decode(image);
    if (!texts)
        return std::unexpected(texts.error());
    return Importer::read(texts->join('\n'), password);
}

// ---- Helpers for the FreeOTP / Authenticator Pro / ZIP / database block below ----

// A java.util.HashMap<String,String> as ObjectOutputStream writes it (the class descriptor of Android's
// HashMap, then `size` and the given records).
QByteArray javaMap(quint32 size, const QByteArray &records)
{
    QByteArray out("\xAC\xED\x00\x05\x73\x72\x00\x11java.util.HashMap", 25);
    out += QByteArray::fromHex("0507dac1c31660d1"); // serialVersionUID
    out += QByteArray::fromHex("030001");           // flags, one field
    out += QByteArray("F\x00\x0aloadFactor", 13);
    out += QByteArray::fromHex("7870");     // end of annotations, no superclass
    out += QByteArray::fromHex("3f400000"); // loadFactor 0.75
    out += QByteArray::fromHex("7708");     // block data: capacity, size
    out += QByteArray::fromHex("00000010");
    char sizeBytes[4];
    qToBigEndian(size, sizeBytes);
    out += QByteArray(sizeBytes, 4);
    out += records;
    return out;
}

QByteArray javaString(const QByteArray &utf8)
{
    char length[2];
    qToBigEndian(quint16(utf8.size()), length);
    return QByteArray("\x74", 1) + QByteArray(length, 2) + utf8;
}

QByteArray littleEndian(quint32 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        out[i] = char((value >> (8 * i)) & 0xFF);
    return out;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

// A one-entry, unencrypted ZIP with a deflated entry whose header claims `declaredSize` bytes.
QByteArray zipWith(const QByteArray &name, const QByteArray &content, quint32 declaredSize)
{
    const quint32 crc = crc32(content);
    const QByteArray zlib = qCompress(content, 9);
    const QByteArray deflated = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4); // raw deflate: no zlib framing
    const auto fields = [&] {
        return littleEndian(8, 2) + littleEndian(0, 4) + littleEndian(crc, 4) +
               littleEndian(quint32(deflated.size()), 4) + littleEndian(declaredSize, 4) +
               littleEndian(quint32(name.size()), 2) + littleEndian(0, 2);
    };
    QByteArray zip = "PK\x03\x04" + littleEndian(20, 2) + littleEndian(0, 2) + fields() + name + deflated;
    const quint32 directoryOffset = quint32(zip.size());
    zip += "PK\x01\x02" + littleEndian(20, 2) + littleEndian(20, 2) + littleEndian(0, 2) + fields() +
           littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(0, 4) +
           littleEndian(0, 4) + name;
    const quint32 directorySize = quint32(zip.size()) - directoryOffset;
    zip += "PK\x05\x06" + littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(1, 2) + littleEndian(1, 2) +
           littleEndian(directorySize, 4) + littleEndian(directoryOffset, 4) + littleEndian(0, 2);
    return zip;
}

// A SQLite file built in memory by running `sql`, as the bytes an app's database would have.
QByteArray sqliteFile(const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (test::sharedDir().isEmpty())
            QFAIL("../shared (formats and fixtures) is missing next to the source tree; set "
                  "TWOFOLD_SHARED_DIR");
        QVERIFY2(!fixtureTable().isEmpty(), "tests/data/import-fixtures.json is missing or not valid JSON");
    }

    void fixtures_data()
    {
        QTest::addColumn<QJsonObject>("row");
        for (const QJsonValue &value : fixtureTable()) {
            const QJsonObject row = value.toObject();
            if (Importer::format(row[u"format"].toString()))
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
        QCOMPARE(Importer::read(QByteArray()).error(),
                 (Error{ErrorCode::ImportUnknownFormat, QStringLiteral("empty")}));
        QCOMPARE(Importer::read("hello world").error().code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(Importer::read("{\"some\": \"json\"}").error().code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(Importer::read(QByteArray("\x89PNG\r\n\x1a\n", 8)).error().code,
                 ErrorCode::ImportUnknownFormat);
    }

    // SECURITY item 15: each refused in well under a second.
    void oversizedInputIsRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray huge(200 * 1024 * 1024, 'a');
        QCOMPARE(Importer::read(huge).error(), (Error{ErrorCode::ImportTooLarge, QStringLiteral("file")}));

        QByteArray deep(1'000'000, '[');
        deep.append(QByteArray(1'000'000, ']'));
        QVERIFY(ImportInput::nestsDeeperThan(deep, 64));
        QCOMPARE(ImportInput(deep).json(), nullptr);
        QCOMPARE(Importer::read(deep).error().code, ErrorCode::ImportUnknownFormat);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        QByteArray manyLines;
        for (int i = 0; i <= 10'000; ++i)
            manyLines += "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n";
        QCOMPARE(Importer::read(manyLines).error(),
                 (Error{ErrorCode::ImportTooLarge, QStringLiteral("entries")}));
    }

    void depthCountIgnoresBracketsInStrings()
    {
        const QByteArray json = "{\"a\": \"[[[[[[[[[[\", \"b\": \"\\\"[[[[\"}";
        QVERIFY(!ImportInput::nestsDeeperThan(json, 2));
        QVERIFY(ImportInput::nestsDeeperThan("[[[1]]]", 2));
    }

    // ---- FreeOTP, FreeOTP+, Authenticator Pro, WinAuth, Authenticator Plus, Raivo, app databases ----

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
        QCOMPARE(Importer::read(data).error(), (Error{ErrorCode::ImportPasswordNeeded, format}));
        for (const QByteArray &password : {QByteArray("wrong"), QByteArray("Test"), QByteArray("test ")}) {
            const auto result = Importer::read(data, test::bytes(password));
            QVERIFY2(!result, "a wrong password must not import");
            QCOMPARE(result.error(), (Error{ErrorCode::ImportWrongPassword, format}));
        }
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
        row("authenticator-plus/authplus.db", -1, "", ErrorCode::ImportUnknownFormat);
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

    void zipBombsStopAtTheCap()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray zeros(20 * 1024 * 1024, '\0');
        // The header admits 20 MiB: refused before inflating.
        auto result = Importer::read(zipWith("Accounts.txt", zeros, quint32(zeros.size())), test::bytes("x"));
        QVERIFY(!result);
        QCOMPARE(result.error(), (Error{ErrorCode::ImportTooLarge, QStringLiteral("file")}));
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
        QCOMPARE(Importer::read(many).error(), (Error{ErrorCode::ImportTooLarge, QStringLiteral("entries")}));

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

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
