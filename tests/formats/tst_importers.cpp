// Every third-party fixture in ../shared/fixtures/third-party yields exactly the accounts FIXTURES.md lists,
// driven by one table (tests/data/import-fixtures.json); wrong passwords, truncated files and oversized input
// give their specific errors.
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"
#include "formats/ImportInput.h"
#include "formats/ImportLimits.h"
#include "formats/Importer.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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

private:
    CryptoRuntime m_crypto;
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
