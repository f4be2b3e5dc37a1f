// Known answers for the cipher modes foreign formats need beyond Aead: AES-GCM with associated data
// (built on QCA's AES block function), AES-CBC with PKCS#7 and PBKDF2 with SHA-1 and SHA-512.
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/AesCbc.h"
#include "crypto/AesGcm.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Kdf.h"

#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
// The GCM specification's test cases 4 (AES-128) and 16 (AES-256): 60-byte plaintext, 20 bytes of AAD.
const QByteArray gcmPlaintext =
    QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
const QByteArray gcmAad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
const QByteArray gcmNonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
} // namespace

class TestCiphers : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void gcmWithAssociatedData_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("sealed");
        QTest::newRow("AES-128 (test case 4)")
            << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308")
            << QByteArray::fromHex(
                   "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b2546693"
                   "1c7d8f6a5aac84aa051ba30b396a0aac973d58e0915bc94fbc3221a5db94fae95ae7121a47");
        QTest::newRow("AES-256 (test case 16)")
            << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            << QByteArray::fromHex(
                   "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb"
                   "3da7b08b1056828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
    }

    void gcmWithAssociatedData()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, sealed);
        const auto plaintext = AesGcm::open(bytes(key), gcmNonce, sealed, gcmAad);
        QVERIFY(plaintext.has_value());
        QCOMPARE(plain(*plaintext), gcmPlaintext);

        QByteArray otherAad = gcmAad;
        otherAad[0] = char(otherAad[0] ^ 1);
        QCOMPARE(AesGcm::open(bytes(key), gcmNonce, sealed, otherAad).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(AesGcm::open(bytes(key), gcmNonce, sealed, {}).error().code,
                 ErrorCode::AuthenticationFailed);
        for (qsizetype i : {qsizetype(0), sealed.size() - 17, sealed.size() - 1}) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered[i] ^ 0x80);
            QVERIFY2(!AesGcm::open(bytes(key), gcmNonce, tampered, gcmAad), "a changed byte must fail");
        }
        QCOMPARE(AesGcm::open(bytes(key), gcmNonce, sealed.first(15), gcmAad).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(AesGcm::open(bytes(key), gcmNonce.first(8), sealed, gcmAad).error().code,
                 ErrorCode::InvalidKey);
    }

    void gcmWithoutAssociatedDataMatchesAead()
    {
        const SecureBytes key = bytes(QByteArray(32, '\x42'));
        for (int size : {0, 1, 15, 16, 17, 1000}) {
            const SecureBytes message = bytes(QByteArray(size, 'm'));
            const auto sealed = Aead::seal(key, gcmNonce, message);
            QVERIFY(sealed.has_value());
            const auto opened = AesGcm::open(key, gcmNonce, *sealed, {});
            QVERIFY2(opened.has_value(), qPrintable(QString::number(size)));
            QCOMPARE(plain(*opened), plain(message));
        }
    }

    void cbcPkcs7()
    {
        // NIST SP 800-38A F.2.5 (CBC-AES256), two blocks, plus the PKCS#7 block.
        const SecureBytes key =
            bytes(QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"));
        const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray ciphertext = QByteArray::fromHex("f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d67"
                                                          "9f777bc6702c7d3a3aa5e0213db1a9901f9036cf5102d2");
        const auto plaintext = AesCbc::decrypt(key, iv, ciphertext);
        QVERIFY(plaintext.has_value());
        QCOMPARE(plain(*plaintext).toHex(),
                 QByteArray("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"));

        QCOMPARE(AesCbc::decrypt(key, iv, ciphertext.first(40)).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(AesCbc::decrypt(key, iv, ciphertext.first(32)).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(AesCbc::decrypt(bytes("short"), iv, ciphertext).error().code, ErrorCode::InvalidKey);
    }

    void pbkdf2Digests()
    {
        const auto sha1 = Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("password"), "salt", 4096, 20);
        QVERIFY(sha1.has_value());
        QCOMPARE(plain(*sha1).toHex(), QByteArray("4b007901b765489abead49d926f721d065a429c1")); // RFC 6070
        const auto sha512 = Kdf::pbkdf2(HashAlgorithm::Sha512, bytes("password"), "salt", 1, 64);
        QVERIFY(sha512.has_value());
        QCOMPARE(plain(*sha512).toHex(), QByteArray("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e"
                                                    "1c8cf252c02d470a285a0501bad999bfe943c"
                                                    "08f050235d7d68b1da55e63f73b60a57fce"));
        QCOMPARE(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), "salt", 10'000'001, 32).error(),
                 (Error{ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations")}));
        QCOMPARE(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), "salt", 0, 32).error().code,
                 ErrorCode::KdfParametersOutOfRange);
        QCOMPARE(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), {}, 1, 32).error().code,
                 ErrorCode::KdfParametersOutOfRange);
    }
};

QTEST_GUILESS_MAIN(TestCiphers)
#include "tst_ciphers.moc"
