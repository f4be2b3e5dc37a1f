// SPDX-License-Identifier: GPL-3.0-or-later
// KeePass databases made by the real keepassxc-cli (tests/data/kdbx/make-fixtures): every variant imports the
// same accounts, a wrong password or key file is told apart from a damaged file, every cut of a file fails
// with a specific error, and hostile headers are refused before any key derivation.
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "encoding/Base32.h"
#include "formats/Importer.h"
#include "formats/kdbx/KdbxCompositeKey.h"
#include "formats/kdbx/KdbxXmlReader.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace twofold;
using namespace twofold::test;

namespace {

const QByteArray password = "fixture-password";

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/kdbx/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One line per account, sorted: what the user gets, secret included.
QStringList describe(const ImportResult &result)
{
    QStringList lines;
    for (const ImportedAccount &account : result.accounts) {
        const OtpParameters &p = account.otp.parameters();
        lines.append(QStringList{
            account.otp.issuer(), account.otp.name(), otpTypeName(p.type()), hashAlgorithmName(p.algorithm()),
            QString::number(p.digits()), QString::number(p.period()),
            QString::fromLatin1(plain(Base32::encode(account.otp.secret()))), account.tags.join(u',')}
                         .join(u'|'));
    }
    lines.sort();
    return lines;
}

const QStringList expectedAccounts = {
    QStringLiteral("GitHub|alice@example.com|totp|SHA1|6|30|JBSWY3DPEHPK3PXP|"),
    QStringLiteral("KeeOtp style|ivy|totp|SHA256|8|60|JBSWY3DPEHPK3PXP|"),
    QStringLiteral("Legacy VPN|carol|totp|SHA1|8|60|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ|Work"),
    QStringLiteral("Nextcloud|dave|totp|SHA512|8|30|"
                   "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ|Work/Cloud"),
    QStringLiteral("Rotated|hank|totp|SHA1|6|30|MFRGGZDFMZTWQ2LK|"),
    QStringLiteral("Steam|erin|steam|SHA1|5|30|JBSWY3DPEHPK3PXP|Work/Cloud"),
};

// A KDBX 4 header with the given fields (id, value) and an end field, the rest of the file missing.
QByteArray header4(const QList<std::pair<quint8, QByteArray>> &fields)
{
    QByteArray out = QByteArray::fromHex("03d9a29a67fb4bb500000400");
    for (const auto &[id, value] : fields) {
        out.append(char(id));
        QByteArray size(4, '\0');
        qToLittleEndian(quint32(value.size()), size.data());
        out.append(size).append(value);
    }
    return out + QByteArray::fromHex("00040000000d0a0d0a") + QByteArray(64, 'x') + QByteArray(100, 'y');
}

// KDBX 4's variant dictionary from (type, name, value).
QByteArray variants(const QList<std::tuple<quint8, QByteArray, QByteArray>> &items)
{
    QByteArray out = QByteArray::fromHex("0001");
    for (const auto &[type, name, value] : items) {
        QByteArray sizes(4, '\0');
        out.append(char(type));
        qToLittleEndian(qint32(name.size()), sizes.data());
        out.append(sizes).append(name);
        qToLittleEndian(qint32(value.size()), sizes.data());
        out.append(sizes).append(value);
    }
    return out.append('\0');
}

QByteArray le32(quint32 value)
{
    QByteArray out(4, '\0');
    qToLittleEndian(value, out.data());
    return out;
}

QByteArray le64(quint64 value)
{
    QByteArray out(8, '\0');
    qToLittleEndian(value, out.data());
    return out;
}

const QByteArray aes256 = QByteArray::fromHex("31c1f2e6bf714350be5805216afc5aff");
const QByteArray argon2d = QByteArray::fromHex("ef636ddf8c29444b91f7a9a403e30a0c");
const QByteArray aesKdf4 = QByteArray::fromHex("7c02bb8279a74ac0927d114a00648238");

QByteArray argon2Header(quint64 memory, quint64 iterations, quint32 lanes = 2)
{
    const QByteArray kdf = variants({{0x42, "$UUID", argon2d},
                                     {0x42, "S", QByteArray(32, 's')},
                                     {0x04, "P", le32(lanes)},
                                     {0x05, "M", le64(memory)},
                                     {0x05, "I", le64(iterations)},
                                     {0x04, "V", le32(0x13)}});
    return header4(
        {{2, aes256}, {3, le32(1)}, {4, QByteArray(32, 'm')}, {7, QByteArray(16, 'i')}, {11, kdf}});
}

} // namespace

class TestKdbx : public QObject
{
    Q_OBJECT

private:
    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("keyFile");
        QTest::newRow("3.1 keepassxc-cli import") << "kdbx3-cli.kdbx" << password << QString();
        QTest::newRow("3.1 xml key file") << "kdbx3-cli-keyfile.kdbx" << password << "kdbx3-cli.keyx";
        QTest::newRow("3.1 aes-kdf") << "kdbx3-aeskdf.kdbx" << password << QString();
        QTest::newRow("4 argon2d aes") << "kdbx4-argon2d-aes.kdbx" << password << QString();
        QTest::newRow("4 argon2id chacha20") << "kdbx4-argon2id-chacha20.kdbx" << password << QString();
        QTest::newRow("4 aes-kdf") << "kdbx4-aeskdf-aes.kdbx" << password << QString();
        QTest::newRow("4 binary key file") << "kdbx4-keyfile-binary32.kdbx" << password << "binary32.key";
        QTest::newRow("4 hex key file only")
            << "kdbx4-keyfile-hex64-only.kdbx" << QByteArray() << "hex64.key";
        QTest::newRow("4 hashed key file") << "kdbx4-keyfile-any-file.kdbx" << password << "any-file.key";
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(QString, keyFile);
        const QByteArray data = fixture(file);
        QVERIFY2(!data.isEmpty(), "the fixture is missing");
        const auto detected = Importer::detect(data);
        QVERIFY(detected.has_value());
        QCOMPARE(QLatin1StringView(detected->format->id), QLatin1StringView("keepassxc"));
        QVERIFY(detected->needsPassword);
        QVERIFY(Importer::formatTakesKeyFile(*detected->format));
        const SecureBytes key = keyFile.isEmpty() ? SecureBytes() : bytes(fixture(keyFile));
        const auto result = Importer::read(data, bytes(password), key);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->format, QStringLiteral("keepassxc"));
        QCOMPARE(describe(*result), expectedAccounts);
        // The entry without a code, the recycle bin's entry and the history's old secret are not accounts;
        // the entry whose otp URI has no secret is rejected by name.
        QCOMPARE(result->rejected.size(), 1);
        QCOMPARE(result->rejected.constFirst().label, QStringLiteral("Broken:gina"));
        QCOMPARE(result->rejected.constFirst().error.code, ErrorCode::UriMissingSecret);

        // A wrong password, a wrong key file and a missing key file all read as the wrong password.
        const Error wrong{ErrorCode::ImportWrongPassword, {}, QStringLiteral("keepassxc")};
        QCOMPARE(Importer::read(data, bytes("wrong password"), key).error(), wrong);
        if (!keyFile.isEmpty()) {
            QCOMPARE(
                Importer::read(data, bytes(password), bytes(fixture(QStringLiteral("source.xml")))).error(),
                wrong);
            if (!password.isEmpty())
                QCOMPARE(Importer::read(data, bytes(password)).error(), wrong);
        }
    }

    void withoutPassword()
    {
        QCOMPARE(Importer::read(fixture(QStringLiteral("kdbx4-argon2d-aes.kdbx"))).error(),
                 (Error{ErrorCode::ImportPasswordNeeded, {}, QStringLiteral("keepassxc")}));
    }

    void everyPrefixFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("3.1") << "kdbx3-aeskdf.kdbx";
        QTest::newRow("4 argon2id chacha20") << "kdbx4-argon2id-chacha20.kdbx";
        QTest::newRow("4 aes-kdf aes") << "kdbx4-aeskdf-aes.kdbx";
    }

    void everyPrefixFails()
    {
        QFETCH(QString, file);
        const QByteArray data = fixture(file);
        QVERIFY(!data.isEmpty());
        for (qsizetype size = 1; size < data.size(); ++size) {
            const auto cut = Importer::read(data.first(size), bytes(password));
            QVERIFY2(!cut.has_value(), qPrintable(QStringLiteral("%1 bytes were accepted").arg(size)));
            const ErrorCode expected = size < 4 ? ErrorCode::ImportUnknownFormat : ErrorCode::ImportDamaged;
            QVERIFY2(cut.error().code == expected,
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(size).arg(cut.error().detail)));
        }
    }

    void changedBytesAreDamage()
    {
        QByteArray data = fixture(QStringLiteral("kdbx4-argon2id-chacha20.kdbx"));
        QByteArray header = data;
        header[50] = char(header[50] ^ 1); // in the master seed
        QCOMPARE(Importer::read(header, bytes(password)).error().detail, QStringLiteral("header checksum"));
        QByteArray body = data;
        body[body.size() - 100] = char(body[body.size() - 100] ^ 1);
        QCOMPARE(Importer::read(body, bytes(password)).error().detail, QStringLiteral("blocks"));
    }

    void hostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Error>("error");
        const Error tooCostly{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("keepassxc")};
        QTest::newRow("argon2 4 TiB") << argon2Header(4ull << 40, 2) << tooCostly;
        QTest::newRow("argon2 2^40 passes") << argon2Header(1 << 20, 1ull << 40) << tooCostly;
        QTest::newRow("argon2 1 GiB x 100") << argon2Header(1 << 30, 100) << tooCostly;
        QTest::newRow("argon2 no memory")
            << argon2Header(0, 2)
            << Error{ErrorCode::ImportDamaged, QStringLiteral("kdf memory"), QStringLiteral("keepassxc")};
        QTest::newRow("argon2 zero passes")
            << argon2Header(1 << 20, 0)
            << Error{ErrorCode::ImportDamaged, QStringLiteral("kdf rounds"), QStringLiteral("keepassxc")};
        QTest::newRow("argon2 2^31 lanes")
            << argon2Header(1 << 20, 2, 1u << 31)
            << Error{ErrorCode::ImportDamaged, QStringLiteral("kdf lanes"), QStringLiteral("keepassxc")};
        const auto aesKdf = [](quint64 rounds) {
            return variants(
                {{0x42, "$UUID", aesKdf4}, {0x42, "S", QByteArray(32, 's')}, {0x05, "R", le64(rounds)}});
        };
        const auto withKdf = [](const QByteArray &kdf) {
            return header4(
                {{2, aes256}, {3, le32(1)}, {4, QByteArray(32, 'm')}, {7, QByteArray(16, 'i')}, {11, kdf}});
        };
        QTest::newRow("aes-kdf zero rounds")
            << withKdf(aesKdf(0))
            << Error{ErrorCode::ImportDamaged, QStringLiteral("kdf rounds"), QStringLiteral("keepassxc")};
        QTest::newRow("aes-kdf 2^60 rounds") << withKdf(aesKdf(1ull << 60)) << tooCostly;
        QTest::newRow("unknown kdf") << withKdf(variants({{0x42, "$UUID", QByteArray(16, 'u')}}))
                                     << Error{ErrorCode::ImportUnsupported,
                                              QStringLiteral("75757575757575757575757575757575"),
                                              QStringLiteral("keepassxc"), ErrorReason::Kdf};
        QTest::newRow("unknown cipher")
            << header4({{2, QByteArray(16, 'c')}, {11, aesKdf(10)}})
            << Error{ErrorCode::ImportUnsupported, QStringLiteral("63636363636363636363636363636363"),
                     QStringLiteral("keepassxc"), ErrorReason::Cipher};
        QTest::newRow("twofish") << header4({{2, QByteArray::fromHex("ad68f29f576f4bb9a36ad47af965346c")},
                                             {11, aesKdf(10)}})
                                 << Error{ErrorCode::ImportUnsupported, QStringLiteral("twofish"),
                                          QStringLiteral("keepassxc"), ErrorReason::Cipher};
        QByteArray oversize = QByteArray::fromHex("03d9a29a67fb4bb50000040002ffffff7f") + QByteArray(64, 'x');
        QTest::newRow("2 GiB field") << oversize
                                     << Error{ErrorCode::ImportDamaged, QStringLiteral("header field size"),
                                              QStringLiteral("keepassxc")};
        QTest::newRow("kdbx 5") << QByteArray::fromHex("03d9a29a67fb4bb500000500") + QByteArray(64, 'x')
                                << Error{ErrorCode::ImportUnsupported, QStringLiteral("5.0"),
                                         QStringLiteral("keepassxc"), ErrorReason::Version};
        QTest::newRow("keepass 1") << QByteArray::fromHex("03d9a29a65fb4bb5") + QByteArray(64, 'x')
                                   << Error{ErrorCode::ImportUnsupported, QStringLiteral("keepass 1"),
                                            QStringLiteral("keepassxc")};
        QTest::newRow("broken kdf dictionary")
            << withKdf(QByteArray::fromHex("000142ffffff7f"))
            << Error{ErrorCode::ImportDamaged, QStringLiteral("kdf parameters"), QStringLiteral("keepassxc")};
    }

    void hostileHeaders()
    {
        QFETCH(QByteArray, data);
        QFETCH(Error, error);
        const auto result = Importer::read(data, bytes(password));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), error);
    }

    void keyFiles()
    {
        // KeePass XML key file 1.0: the base64 data is the key.
        const QByteArray key(32, '\x5a');
        const QByteArray v1 =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><KeyFile><Meta><Version>1.00</Version>"
            "</Meta><Key><Data>" +
            key.toBase64() + "</Data></Key></KeyFile>";
        const auto fromV1 = KdbxCompositeKey::keyFileKey(bytes(v1));
        QVERIFY(fromV1.has_value());
        QCOMPARE(plain(*fromV1), key);
        // 2.0 whose data does not match its hash: damaged, never quietly hashed as a plain file.
        QByteArray v2 = fixture(QStringLiteral("kdbx3-cli.keyx"));
        const qsizetype hash = v2.indexOf("Hash=\"") + 6;
        v2[hash] = v2[hash] == 'A' ? 'B' : 'A';
        QCOMPARE(KdbxCompositeKey::keyFileKey(bytes(v2)).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("key file"), QStringLiteral("keepassxc")}));
    }

    void xmlBounds()
    {
        const SecureBytes streamKey = bytes(QByteArray(32, 'k'));
        const QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE KeePassFile [<!ENTITY a \"aaaaaaaa\">]>"
                               "<KeePassFile><Root><Group><Entry/></Group></Root></KeePassFile>";
        QCOMPARE(KdbxXmlReader::read(bytes(dtd), 3, streamKey).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("xml dtd"), QStringLiteral("keepassxc")}));
        QByteArray many = "<KeePassFile><Root><Group>";
        for (int i = 0; i < 10'001; ++i)
            many += "<Entry/>";
        many += "</Group></Root></KeePassFile>";
        QCOMPARE(KdbxXmlReader::read(bytes(many), 3, streamKey).error(),
                 (Error{ErrorCode::ImportTooLarge, {}, {}, ErrorReason::TooManyEntries}));
        QCOMPARE(KdbxXmlReader::read(bytes("<KeePassFile><Root>"), 3, streamKey).error(),
                 (Error{ErrorCode::ImportDamaged, QStringLiteral("xml"), QStringLiteral("keepassxc")}));
        QCOMPARE(KdbxXmlReader::read(bytes("<KeePassFile/>"), 1, streamKey).error(),
                 (Error{ErrorCode::ImportUnsupported, QStringLiteral("inner stream 1"),
                        QStringLiteral("keepassxc")}));
    }
};

QTEST_GUILESS_MAIN(TestKdbx)
#include "tst_kdbx.moc"
