// SPDX-License-Identifier: GPL-3.0-or-later
// Known answers for the ciphers and helpers in core/crypto: AES-GCM with and without associated data
// (OpenSSL EVP), AES-CBC with PKCS#7, PBKDF2 with SHA-1 and SHA-512, HKDF-Expand, constant-time compares
// and the system random source.
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/AesCbc.h"
#include "crypto/AesGcm.h"
#include "crypto/ConstantTime.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Hkdf.h"
#include "crypto/Kdf.h"
#include "crypto/RandomSource.h"

#include <QSet>
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
        const auto resealed = AesGcm::seal(bytes(key), gcmNonce, gcmPlaintext, gcmAad);
        QVERIFY(resealed.has_value());
        QCOMPARE(resealed->toHex(), sealed.toHex());

        QByteArray otherAad = gcmAad;
        otherAad[0] = char(otherAad[0] ^ 1);
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), gcmNonce, sealed, otherAad)).code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), gcmNonce, sealed, {})).code,
                 ErrorCode::AuthenticationFailed);
        for (qsizetype i : {qsizetype(0), sealed.size() - 17, sealed.size() - 1}) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered[i] ^ 0x80);
            QVERIFY2(!AesGcm::open(bytes(key), gcmNonce, tampered, gcmAad), "a changed byte must fail");
        }
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), gcmNonce, sealed.first(15), gcmAad)).code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), gcmNonce.first(8), sealed, gcmAad)).code,
                 ErrorCode::InvalidKey);
    }

    // The GCM specification's test cases 1, 2, 13 and 14: all-zero keys and nonces, no associated data,
    // an empty or one-block plaintext.
    void gcmKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("sealed");
        const QByteArray block(16, '\0');
        QTest::newRow("test case 1") << QByteArray(16, '\0') << QByteArray()
                                     << QByteArray::fromHex("58e2fccefa7e3061367f1d57a4e7455a");
        QTest::newRow("test case 2")
            << QByteArray(16, '\0') << block
            << QByteArray::fromHex("0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf");
        QTest::newRow("test case 13") << QByteArray(32, '\0') << QByteArray()
                                      << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("test case 14")
            << QByteArray(32, '\0') << block
            << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    }

    void gcmKnownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, sealed);
        const QByteArray nonce(AesGcm::nonceSize, '\0');
        const auto produced = AesGcm::seal(bytes(key), nonce, plaintext);
        QVERIFY(produced.has_value());
        QCOMPARE(produced->toHex(), sealed.toHex());
        const auto opened = AesGcm::open(bytes(key), nonce, sealed);
        QVERIFY(opened.has_value());
        QCOMPARE(plain(*opened), plaintext);
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.back() ^ 1);
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), nonce, tampered)).code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(test::errorOf(AesGcm::open(bytes(key), nonce, sealed, "x")).code,
                 ErrorCode::AuthenticationFailed);
    }

    void aeadBindsAssociatedData()
    {
        const SecureBytes key = bytes(QByteArray(32, '\x42'));
        const QByteArray header = "TWOFOLD-VAULT 1.1\n{\"cipher\":\"aes-256-gcm\"}\n";
        const auto sealed = Aead::seal(key, gcmNonce, bytes("payload"), header);
        QVERIFY(sealed.has_value());
        QCOMPARE(plain(*Aead::open(key, gcmNonce, *sealed, header)), QByteArray("payload"));
        QVERIFY2(!Aead::open(key, gcmNonce, *sealed), "without the header it must not open");
        for (qsizetype i = 0; i < header.size(); ++i) {
            QByteArray changed = header;
            changed[i] = char(changed[i] ^ 0x01);
            QVERIFY2(!Aead::open(key, gcmNonce, *sealed, changed),
                     qPrintable(QStringLiteral("header byte %1 changed, yet it opened").arg(i)));
        }
        QCOMPARE(test::errorOf(Aead::seal(bytes(QByteArray(16, 'k')), gcmNonce, bytes("x"))).code,
                 ErrorCode::InvalidKey);
    }

    void hkdfExpand()
    {
        // RFC 5869 test case 1 (the expand step from its PRK) and test case 3's empty info.
        const SecureBytes prk =
            bytes(QByteArray::fromHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"));
        const auto okm =
            Hkdf::expand(HashAlgorithm::Sha256, prk, QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm.has_value());
        QCOMPARE(plain(*okm).toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                            "34007208d5b887185865"));
        const SecureBytes prk3 =
            bytes(QByteArray::fromHex("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04"));
        const auto empty = Hkdf::expand(HashAlgorithm::Sha256, prk3, {}, 42);
        QVERIFY(empty.has_value());
        QCOMPARE(plain(*empty).toHex(),
                 QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                            "9d201395faa4b61a96c8"));
        QCOMPARE(test::errorOf(Hkdf::expand(HashAlgorithm::Sha256, prk, {}, 255 * 32 + 1)).code,
                 ErrorCode::InvalidKey);
    }

    void constantTimeEquality()
    {
        QVERIFY(ConstantTime::equal(QByteArrayView("tag-1234"), QByteArrayView("tag-1234")));
        QVERIFY(!ConstantTime::equal(QByteArrayView("tag-1234"), QByteArrayView("tag-1235")));
        QVERIFY(!ConstantTime::equal(QByteArrayView("tag-1234"), QByteArrayView("tag-123")));
        QVERIFY(ConstantTime::equal(QByteArrayView(), QByteArrayView("")));
        QVERIFY(ConstantTime::equal(bytes("key"), bytes("key")));
        QVERIFY(!ConstantTime::equal(bytes("key"), bytes("kez")));
        QVERIFY(!ConstantTime::equal(bytes("key"), QByteArrayView("keys")));
    }

    void systemRandomBytes()
    {
        QSet<QByteArray> seen;
        for (int size : {0, 1, 12, 32, 256, 257, 4096}) {
            const SecureBytes random = RandomSource::system().bytes(size);
            QCOMPARE(random.size(), size);
            if (size >= 12)
                seen.insert(plain(random).first(12));
        }
        QCOMPARE(seen.size(), 5); // no two draws alike
        QVERIFY2(plain(RandomSource::system().bytes(4096)).count('\0') < 100, "not a zero-filled buffer");
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

        QCOMPARE(test::errorOf(AesCbc::decrypt(key, iv, ciphertext.first(40))).code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(test::errorOf(AesCbc::decrypt(key, iv, ciphertext.first(32))).code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(test::errorOf(AesCbc::decrypt(bytes("short"), iv, ciphertext)).code, ErrorCode::InvalidKey);
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
        QCOMPARE(test::errorOf(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), "salt", 10'000'001, 32)),
                 (Error{ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations")}));
        QCOMPARE(test::errorOf(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), "salt", 0, 32)).code,
                 ErrorCode::KdfParametersOutOfRange);
        QCOMPARE(test::errorOf(Kdf::pbkdf2(HashAlgorithm::Sha1, bytes("pw"), {}, 1, 32)).code,
                 ErrorCode::KdfParametersOutOfRange);
    }
};

QTEST_GUILESS_MAIN(TestCiphers)
#include "tst_ciphers.moc"
