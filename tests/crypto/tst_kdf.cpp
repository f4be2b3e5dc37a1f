// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Kdf.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace twofold;
using namespace twofold::test;

namespace {
long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestKdf : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void argon2idRfc9106()
    {
        // RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, with secret and associated data.
        const auto tag = Kdf::argon2id(bytes(QByteArray(32, '\x01')), QByteArray(16, '\x02'), 3, 32, 4, 32,
                                       QByteArray(8, '\x03'), QByteArray(12, '\x04'));
        QVERIFY(tag.has_value());
        QCOMPARE(plain(*tag).toHex(),
                 QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
    }

    void scryptRfc7914()
    {
        KdfParameters p;
        p.algorithm = KdfParameters::Algorithm::Scrypt;
        p.salt = "NaCl";
        p.scryptN = 1024;
        p.scryptR = 8;
        p.scryptP = 16;
        const auto key = Kdf::derive(p, bytes("password"), 64);
        QVERIFY(key.has_value());
        QCOMPARE(plain(*key).toHex(),
                 QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d9"
                            "2e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
    }

    void scryptAegisCostPassesOpenSslMemoryCap()
    {
        // Aegis uses N=2^15, r=8, p=1 (32 MiB), which OpenSSL's default maxmem refuses.
        KdfParameters p;
        p.algorithm = KdfParameters::Algorithm::Scrypt;
        p.salt = QByteArray(32, 's');
        const auto key = Kdf::derive(p, bytes("test"), 32);
        QVERIFY2(key.has_value(), "scrypt with Aegis's parameters must run");
    }

    void pbkdf2Sha256Rfc7914()
    {
        KdfParameters p;
        p.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256;
        p.salt = "salt";
        p.iterations = 1;
        const auto key = Kdf::derive(p, bytes("passwd"), 64);
        QVERIFY(key.has_value());
        QCOMPARE(plain(*key).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9ccc"
                            "f179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    }

    void pbkdf2Sha1Rfc6070()
    {
        // RFC 6070: PBKDF2-HMAC-SHA1, "password" / "salt", 4096 iterations, 20 bytes (andOTP's KDF).
        const auto key = Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("password"), "salt", 4096, 20);
        QVERIFY(key.has_value());
        QCOMPARE(plain(*key).toHex(), QByteArray("4b007901b765489abead49d926f721d065a429c1"));
        QCOMPARE(test::errorOf(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("password"), "salt", 10'000'001, 20)),
                 (Error{ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations")}));
        QCOMPARE(test::errorOf(Kdf::pbkdf2(HashAlgorithm::Sha512, bytes("password"), "salt", 0, 20)).code,
                 ErrorCode::KdfParametersOutOfRange);
    }

    void boundsRefuseBeforeAllocating_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<quint32>("memoryKiB");
        QTest::addColumn<quint32>("iterations");
        QTest::addColumn<quint32>("lanes");
        QTest::addColumn<quint64>("scryptN");
        QTest::addColumn<QString>("which");
        const int argon = int(KdfParameters::Algorithm::Argon2id);
        const int scrypt = int(KdfParameters::Algorithm::Scrypt);
        const int pbkdf2 = int(KdfParameters::Algorithm::Pbkdf2Sha256);
        QTest::newRow("argon 4 GiB") << argon << quint32(4u * 1024 * 1024 - 1) << 3u << 4u << quint64(0)
                                     << "memory";
        QTest::newRow("argon 4 MiB") << argon << quint32(4 * 1024) << 3u << 4u << quint64(0) << "memory";
        QTest::newRow("argon 65 passes")
            << argon << quint32(65536) << 65u << 4u << quint64(0) << "iterations";
        QTest::newRow("argon 0 passes") << argon << quint32(65536) << 0u << 4u << quint64(0) << "iterations";
        QTest::newRow("argon 17 lanes") << argon << quint32(65536) << 3u << 17u << quint64(0) << "lanes";
        QTest::newRow("scrypt 2^30") << scrypt << 0u << 0u << 0u << (quint64(1) << 30) << "N";
        QTest::newRow("scrypt not power of 2") << scrypt << 0u << 0u << 0u << quint64(1000) << "N";
        QTest::newRow("pbkdf2 10^7+1") << pbkdf2 << 0u << 10000001u << 0u << quint64(0) << "iterations";
    }

    void boundsRefuseBeforeAllocating()
    {
        QFETCH(int, algorithm);
        QFETCH(quint32, memoryKiB);
        QFETCH(quint32, iterations);
        QFETCH(quint32, lanes);
        QFETCH(quint64, scryptN);
        QFETCH(QString, which);
        KdfParameters p;
        p.algorithm = KdfParameters::Algorithm(algorithm);
        p.salt = QByteArray(16, 's');
        p.memoryKiB = memoryKiB;
        p.iterations = iterations;
        p.lanes = lanes;
        p.scryptN = scryptN;
        const long rssBefore = peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        const auto key = Kdf::derive(p, bytes("pw"), 32);
        QVERIFY2(!key.has_value(), "absurd costs must be refused");
        QCOMPARE(key.error().code, ErrorCode::KdfParametersOutOfRange);
        QCOMPARE(key.error().detail, which);
        QVERIFY2(timer.elapsed() < 1000, "refused at once, not after trying");
        QVERIFY2(peakRssKiB() - rssBefore < 16 * 1024, "nothing was allocated for the refused cost");
    }

    void aeadRoundTripAndTamper()
    {
        const SecureBytes key = bytes(QByteArray(32, 'k'));
        const QByteArray nonce(12, 'n');
        const auto sealed = Aead::seal(key, nonce, bytes("attack at dawn"));
        QVERIFY(sealed.has_value());
        QCOMPARE(sealed->size(), 14 + 16);
        const auto opened = Aead::open(key, nonce, *sealed);
        QVERIFY(opened.has_value());
        QCOMPARE(plain(*opened), QByteArray("attack at dawn"));
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray tampered = *sealed;
            tampered[i] = char(tampered[i] ^ 0x01);
            const auto result = Aead::open(key, nonce, tampered);
            QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("flipped byte %1 must not open").arg(i)));
            QCOMPARE(result.error().code, ErrorCode::AuthenticationFailed);
        }
        QVERIFY(!Aead::open(bytes(QByteArray(32, 'x')), nonce, *sealed).has_value());
        QVERIFY(!Aead::open(key, QByteArray(12, 'm'), *sealed).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
