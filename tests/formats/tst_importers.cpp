// SPDX-License-Identifier: GPL-3.0-or-later
// Every third-party fixture in ../shared/fixtures/third-party yields exactly the accounts FIXTURES.md lists,
// driven by one table (tests/data/import-fixtures.json); wrong passwords, truncated files and oversized input
// give their specific errors.
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Hkdf.h"
#include "encoding/Base32.h"
#include "formats/AegisExporter.h"
#include "formats/CsvReader.h"
#include "formats/ImportInput.h"
#include "formats/ImportLimits.h"
#include "formats/Importer.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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

// ---- Aegis, andOTP, 2FAS and the Aegis exporter: helpers -------------------------------------------------
namespace {

struct EncryptedFixture
{
    const char *file;
    const char *password;
    const char *format;
};

const EncryptedFixture encryptedSamplesA[] = {
    {"aegis/aegis_encrypted.json", "test", "aegis"},
    {"gnome-authenticator/aegis_encrypted.json", "test", "aegis"},
    {"andotp/andotp_encrypted.bin", "test", "andotp"},
    {"andotp/andotp.encrypted.bin", "testtest", "andotp"},
    {"andotp/accounts_new_123456.json.aes", "123456", "andotp"},
    {"andotp/andotp_encrypted_old.bin", "test", "andotp"},
    {"2fas/2fas_authenticator_encrypted.2fas", "test", "2fas"},
    {"2fas/2fas_authenticator_encrypted_v3.2fas", "test", "2fas"},
    {"2fas/2fas_authenticator_encrypted_v4.2fas", "test", "2fas"},
};

QJsonObject jsonFixture(const QString &relative)
{
    return QJsonDocument::fromJson(readFixture(relative)).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// A plain Aegis file around the given content.
QByteArray aegisPlain(const QJsonObject &content)
{
    return toJson({{QStringLiteral("version"), 1},
                   {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                                          {QStringLiteral("params"), QJsonValue::Null}}},
                   {QStringLiteral("db"), content}});
}

QJsonObject aegisEntry(const QString &type, const QString &issuer, const QJsonObject &extra = {})
{
    QJsonObject info{{QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXP")},
                     {QStringLiteral("algo"), QStringLiteral("SHA1")},
                     {QStringLiteral("digits"), 6},
                     {QStringLiteral("period"), 30},
                     {QStringLiteral("counter"), 3}};
    QJsonObject entry{{QStringLiteral("type"), type},
                      {QStringLiteral("name"), QStringLiteral("someone")},
                      {QStringLiteral("issuer"), issuer},
                      {QStringLiteral("info"), info}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        entry.insert(it.key(), it.value());
    return entry;
}

const ImportedAccount *accountByIssuer(const ImportResult &result, const QString &issuer)
{
    for (const ImportedAccount &account : result.accounts) {
        if (account.otp.issuer() == issuer)
            return &account;
    }
    return nullptr;
}

OtpAuthUri uriOf(const char *text)
{
    return OtpAuthUri::parse(text).value(); // the samples are valid; a typo throws and fails the test
}

// A random source that counts up, so exports are reproducible.
class CountingRandom : public RandomSource
{
public:
    SecureBytes bytes(int count) override
    {
        SecureBytes out(count);
        for (int i = 0; i < count; ++i)
            out[i] = char(m_next++);
        return out;
    }

private:
    quint8 m_next = 1;
};

QList<ExportAccount> exportSample()
{
    return {
        {uriOf("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"),
         {QStringLiteral("work")},
         QStringLiteral("recovery codes in the safe"),
         true,
         QUuid::fromString(u"3ae6f1ad-2e65-4ed2-a953-1ec0dff2386d")},
        {uriOf("otpauth://totp/"
               "SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&algorithm=SHA256&digits=7&period=20"),
         {QStringLiteral("work"), QStringLiteral("open \"source\"")},
         QString(),
         false,
         QUuid()},
        {uriOf("otpauth://hotp/"
               "WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&algorithm=SHA512&digits=8&counter=10300"),
         {},
         QStringLiteral("line one\nline two \u00e9\u2603"),
         false,
         QUuid()},
        {uriOf("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"),
         {QStringLiteral("games")},
         QString(),
         true,
         QUuid()},
        {uriOf("otpauth://totp/"
               "Caf%C3%A9%20%22%5C%22:%E2%9C%93?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&digits=10&period=3600"),
         {},
         QString(),
         false,
         QUuid()},
        {uriOf("otpauth://totp/no-issuer?secret=JBSWY3DPEHPK3PXP"), {}, QString(), false, QUuid()},
    };
}

// Everything an exported account carries, as text: the round trip must give it back unchanged.
QStringList describeAll(const QList<QString> &uris, const QList<QStringList> &tags, const QStringList &notes,
                        const QList<bool> &favourites)
{
    QStringList out;
    for (qsizetype i = 0; i < uris.size(); ++i) {
        out.append(uris.at(i) + QStringLiteral(" | tags ") + tags.at(i).join(u',') +
                   QStringLiteral(" | note ") + notes.at(i) + QStringLiteral(" | favourite ") +
                   QString::number(favourites.at(i)));
    }
    return out;
}

QStringList describeExported(const QList<ExportAccount> &accounts)
{
    QList<QString> uris;
    QList<QStringList> tags;
    QStringList notes;
    QList<bool> favourites;
    for (const ExportAccount &account : accounts) {
        uris.append(QString::fromUtf8(account.otp.toUri().toByteArray()));
        QStringList unique;
        for (const QString &tag : account.tags) {
            if (!unique.contains(tag))
                unique.append(tag);
        }
        tags.append(unique);
        notes.append(account.note);
        favourites.append(account.favourite);
    }
    return describeAll(uris, tags, notes, favourites);
}

QStringList describeImported(const QList<ImportedAccount> &accounts)
{
    QList<QString> uris;
    QList<QStringList> tags;
    QStringList notes;
    QList<bool> favourites;
    for (const ImportedAccount &account : accounts) {
        uris.append(QString::fromUtf8(account.otp.toUri().toByteArray()));
        tags.append(account.tags);
        notes.append(account.note);
        favourites.append(account.favourite);
    }
    return describeAll(uris, tags, notes, favourites);
}

} // namespace
// ---- end of helpers for Aegis, andOTP, 2FAS
// ----------------------------------------------------------------

// Helpers for the Bitwarden, Ente, Authy, TOTP Authenticator and other-app tests below.
namespace otherApps {

// Ente's encrypted export with cheap costs (8 MiB, 1 pass), password "test", made with libsodium: one plain
// line and one JSON-quoted line, the message tagged FINAL (the app's own file uses MESSAGE).
const QByteArray enteSmall =
    "{\"version\":1,\"kdfParams\":{\"memLimit\":8388608,\"opsLimit\":1,\"salt\":\"2spZx/"
    "OX7oB2nuU2t7F1GQ==\"},"
    "\"encryptedData\":\"IYhTq5E5Y/EgrwH9tYTaktvZwNU+iCdJgBAeDFPDcG3IVNBxNr31LWZLyzNKR/"
    "8vmgLXt4VnhfY48s8+8wUlqiYADQ"
    "PehPRRVsSemhD2T9SYTi+6p4ZM/H7FZ/"
    "FtQS47uxyDLovCE5Aa2XLVDIDMpVHsQNrYvhnAKoInglfEiHI5ALSEbIOD3Z9zCFEI6E7WmfWwUVbhYD"
    "dLpuYIYg==\",\"encryptionNonce\":\"tjL6YERCIfdD11d/N5Uruh3e+YhVXJru\"}\n";

// TOTP Authenticator's export under the app's built-in password: Plain/carol (base 32, 8 digits, 60 s) and
// Odd/dave with an encoding the app does not have (base 17).
const QByteArray totpAuthenticatorDefault =
    "lEDrWnElmHGLK33My6jzCTS4DCyOxZGyKS57LPO6fwJfGNVDLdS3x98cscAJXlOlycxmnUS8SBMjEEjaaNe6bjgZbcykYUKuYKp4M+"
    "d8Pebn"
    "54MPPRIYu0rUd+FaTJzeR+nMF7rBhfdJH0n5R4QDlBh31wBRlvHZ1oE9UdkH9t49rJDpC43fzVyh8oVpnWLGaqtmyUeZWAu1mlawN/"
    "AWxcwt4Y"
    "D1UL6fcRnWtIz/Ymvl4M639xCv5vI8JeoWxvyOP5/mAahyeBhPhoq2/GlLuYUZqnwsH9rFIgfGUfkjGQqpXhidNaVfO1Dr8H4MCPSr";

struct Sample
{
    const char *file;
    const char *password;
    const char *format;
};

// Every fixture of these formats, with its password.
const Sample samples[] = {
    {"bitwarden/bitwarden.json", "", "bitwarden"},
    {"gnome-authenticator/bitwarden.json", "", "bitwarden"},
    {"bitwarden/bitwarden.csv", "", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.pbkdf2.json", "rud9^5S6$^Ewmr%d", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.argon2id.json", "rud9^5S6$^Ewmr%d", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.accountrestricted.json", "", "bitwarden"},
    {"bitwarden/bitwardenauthenticator.json", "", "bitwarden-authenticator"},
    {"ente-auth/ente.encrypted.json", "test", "ente"},
    {"lastpass/lastpass.json", "", "lastpass"},
    {"proton-authenticator/proton_authenticator.json", "", "proton"},
    {"steam/steam.json", "", "steam"},
    {"duo/duo.json", "", "duo"},
    {"authy/authy_plain.xml", "", "authy"},
    {"authy/authy_encrypted.xml", "testtest", "authy"},
    {"battle-net/battle_net_authenticator.xml", "", "battle-net"},
    {"totp-authenticator/totp_authenticator.bin", "Testtest1", "totp-authenticator"},
    {"totp-authenticator/totp_authenticator_internal.xml", "", "totp-authenticator"},
};

// The JSON object with one top-level member replaced (or a member of `inner`, when given).
QByteArray withMember(const QByteArray &json, const QString &key, const QJsonValue &value,
                      const QString &inner = {})
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (inner.isEmpty()) {
        root.insert(key, value);
    } else {
        QJsonObject object = root.value(inner).toObject();
        object.insert(key, value);
        root.insert(inner, object);
    }
    return QJsonDocument(root).toJson();
}

} // namespace otherApps

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
        // A 200 MB file is refused from its size, without being read.
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(200 * 1024 * 1024));
        big.close();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(Importer::readFile(big.fileName()).error(),
                 (Error{ErrorCode::ImportTooLarge, QStringLiteral("file")}));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(Importer::read(QByteArray(ImportLimits::maxFileBytes + 1, ' ')).error().code,
                 ErrorCode::ImportTooLarge);

        QByteArray deep(1'000'000, '[');
        deep.append(QByteArray(1'000'000, ']'));
        timer.restart();
        QVERIFY(ImportInput::nestsDeeperThan(deep, 64));
        QCOMPARE(ImportInput(deep).json(), nullptr);
        QCOMPARE(Importer::read(deep).error().code, ErrorCode::ImportUnknownFormat);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        QByteArray manyLines;
        for (int i = 0; i <= ImportLimits::maxEntries; ++i)
            manyLines += "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\n";
        QCOMPARE(Importer::read(manyLines).error(),
                 (Error{ErrorCode::ImportTooLarge, QStringLiteral("entries")}));
        QCOMPARE(Importer::readFile(dir.filePath(QStringLiteral("missing"))).error().code,
                 ErrorCode::FileNotFound);
    }

    void depthCountIgnoresBracketsInStrings()
    {
        const QByteArray json = "{\"a\": \"[[[[[[[[[[\", \"b\": \"\\\"[[[[\"}";
        QVERIFY(!ImportInput::nestsDeeperThan(json, 2));
        QVERIFY(ImportInput::nestsDeeperThan("[[[1]]]", 2));
    }

    // ---- Aegis, andOTP, 2FAS and the Aegis exporter
    // ----------------------------------------------------------

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
        QCOMPARE(Importer::read(data).error(), (Error{ErrorCode::ImportPasswordNeeded, format}));

        const auto wrong = Importer::read(data, test::bytes("wrong password"));
        QVERIFY2(!wrong, "a wrong password opens nothing");
        QCOMPARE(wrong.error(), (Error{ErrorCode::ImportWrongPassword, format}));

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

    void aegisPayloadChangedIsDamagedNotWrongPassword()
    {
        QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
        QString db = root[u"db"].toString();
        db[100] = db[100] == u'A' ? u'B' : u'A'; // still valid base64, one ciphertext byte changed
        root[u"db"] = db;
        const auto result = Importer::read(toJson(root), test::bytes("test"));
        QVERIFY(!result);
        QCOMPARE(result.error(), (Error{ErrorCode::ImportDamaged, QStringLiteral("aegis: payload")}));

        // The slot itself changed: it no longer opens, which is all a wrong password shows either.
        root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
        QJsonArray slotList = root[u"header"][u"slots"].toArray();
        QJsonObject slot = slotList[0].toObject();
        slot[u"key"] = QString(64, u'0');
        slotList[0] = slot;
        QJsonObject header = root[u"header"].toObject();
        header[u"slots"] = slotList;
        root[u"header"] = header;
        QCOMPARE(Importer::read(toJson(root), test::bytes("test")).error().code,
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
        QCOMPARE(Importer::read(toJson(root)).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("aegis: no password slot")}));
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

    void aegisNewerVersionsAreRefused()
    {
        QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_plain.json"));
        root[u"version"] = 2;
        QCOMPARE(Importer::read(toJson(root)).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("aegis: version 2")}));
        const QJsonObject content{{QStringLiteral("version"), 4}, {QStringLiteral("entries"), QJsonArray()}};
        QCOMPARE(Importer::read(aegisPlain(content)).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("aegis: content version 4")}));
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
        QCOMPARE(Importer::read(png).error().code, ErrorCode::ImportUnknownFormat);
        QByteArray zip("PK\x03\x04", 4);
        zip.append(QByteArray(200, '\x02'));
        QCOMPARE(Importer::read(zip).error().code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(Importer::read(QByteArray(40, 'x')).error().code, ErrorCode::ImportUnknownFormat);
        QCOMPARE(Importer::read(QByteArray(20, '\x03')).error().code, ErrorCode::ImportUnknownFormat);
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
        QCOMPARE(result.error(), (Error{ErrorCode::ImportDamaged, QStringLiteral("2fas: payload")}));

        // Without the reference there is no separate password check.
        root.remove(u"reference");
        result = Importer::read(toJson(root), test::bytes("test"));
        QCOMPARE(result.error().code, ErrorCode::ImportWrongPassword);

        root = jsonFixture(QStringLiteral("2fas/2fas_authenticator_encrypted_v4.2fas"));
        root[u"servicesEncrypted"] = QStringLiteral("not:sealed");
        QCOMPARE(Importer::read(toJson(root), test::bytes("test")).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("2fas: servicesEncrypted")}));
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
        QCOMPARE(Importer::read(toJson(root)).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("2fas: schema 5")}));

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
        QCOMPARE(Importer::read(*file, test::bytes("wrong")).error().code, ErrorCode::ImportWrongPassword);

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
    // ---- end of Aegis, andOTP, 2FAS
    // ---------------------------------------------------------------------------

    // ---- Bitwarden, Bitwarden Authenticator, Ente, LastPass, Proton, Steam, Duo, Authy, Battle.net and
    // TOTP Authenticator (FORMATS §7, §8, §13) ----

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
        QCOMPARE(result.error(), (Error{ErrorCode::ImportWrongPassword, format}));
    }

    void otherAppsNeedPassword()
    {
        for (const otherApps::Sample &sample : otherApps::samples) {
            if (!*sample.password)
                continue;
            const QByteArray data = readFixture(QString::fromLatin1(sample.file));
            const auto detection = Importer::detect(data);
            QVERIFY2(detection && detection->needsPassword, sample.file);
            QCOMPARE(Importer::read(data).error(),
                     (Error{ErrorCode::ImportPasswordNeeded, QString::fromLatin1(sample.format)}));
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

    // Every prefix of every file either imports or fails as damaged or unknown, with the right password:
    // never a crash, never "wrong password".
    void otherAppsEveryPrefixFailsCleanly()
    {
        QList<std::pair<QByteArray, QByteArray>> files;
        for (const otherApps::Sample &sample : otherApps::samples)
            files.append({readFixture(QString::fromLatin1(sample.file)), QByteArray(sample.password)});
        files.append({otherApps::enteSmall, "test"});
        for (const auto &[data, password] : std::as_const(files)) {
            for (qsizetype size = 1; size < data.size(); ++size) {
                const auto result = Importer::read(data.first(size), test::bytes(password));
                if (result)
                    continue;
                const ErrorCode code = result.error().code;
                QVERIFY2(code == ErrorCode::ImportDamaged || code == ErrorCode::ImportUnknownFormat,
                         qPrintable(QStringLiteral("prefix of %1 bytes: error %2 (%3)")
                                        .arg(size)
                                        .arg(int(code))
                                        .arg(result.error().detail)));
            }
        }
    }

    // SECURITY item 2: costs a file asks for are checked before any KDF runs.
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
        QCOMPARE(Importer::read(changed, test::bytes("rud9^5S6$^Ewmr%d")).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("bitwarden: data mac")}));
    }

    void otherAppsBitwardenUnsupported()
    {
        const QByteArray file = readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.pbkdf2.json"));
        QCOMPARE(Importer::read(otherApps::withMember(file, QStringLiteral("kdfType"), 7), test::bytes("x"))
                     .error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("bitwarden: kdf 7")}));
        const QByteArray restricted =
            readFixture(QStringLiteral("bitwarden/bitwarden.encrypted.accountrestricted.json"));
        QCOMPARE(Importer::read(restricted).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("bitwarden: account-restricted")}));
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
        QCOMPARE(Importer::read(open).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("bitwarden: csv")}));
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
        QCOMPARE(Hkdf::expand(HashAlgorithm::Sha256, prk, {}, 255 * 32 + 1).error().code,
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
        QCOMPARE(Importer::read(changed, test::bytes("test")).error().code, ErrorCode::ImportWrongPassword);
        const QByteArray shortData = otherApps::withMember(
            otherApps::enteSmall, QStringLiteral("encryptedData"), QStringLiteral("AAAA"));
        QCOMPARE(Importer::read(shortData, test::bytes("test")).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("ente: data")}));
        const QByteArray newer = otherApps::withMember(otherApps::enteSmall, QStringLiteral("version"), 2);
        QCOMPARE(Importer::read(newer, test::bytes("test")).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("ente: version 2")}));
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
        QCOMPARE(Importer::read(xml).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("battle-net: encryption KEYSTORE")}));
    }

    void otherAppsPlainTextIsNotClaimed()
    {
        // A bare base32 secret, a hex string of base64 length, a sentence: no format of these claims them.
        for (const QByteArray &text : {QByteArray("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
                                       QByteArray("this is just some text, nothing more"),
                                       QByteArray("[1, 2, 3]"), QByteArray("{\"items\": []}")})
            QCOMPARE(Importer::read(text).error().code, ErrorCode::ImportUnknownFormat);
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
