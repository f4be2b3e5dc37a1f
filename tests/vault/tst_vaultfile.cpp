// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/CryptoRuntime.h"
#include "vault/AccountJson.h"
#include "vault/VaultFile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
Account fullAccount()
{
    Account account;
    account.uuid = QUuid::fromString(QStringLiteral("0f9d1e7a-8c61-4b8e-9d2c-5a3f1e2b7c40"));
    account.issuer = QStringLiteral("Büro & Co");
    account.name = QStringLiteral("jürgen@example.com");
    account.parameters =
        *OtpParameters::create(OtpType::Hotp, HashAlgorithm::Sha512, 8, 30, 18446744073709551615ULL);
    account.icon = QStringLiteral("brand:github");
    account.tags = {QStringLiteral("work"), QStringLiteral("日本")};
    account.favourite = true;
    account.note = QStringLiteral("line one\nline two");
    account.recoveryCodes = {{bytes("1234-5678"), false}, {bytes("8765-4321"), true}};
    account.created = QDateTime::fromMSecsSinceEpoch(1700000000123, QTimeZone::UTC);
    account.modified = QDateTime::fromMSecsSinceEpoch(1700000100456, QTimeZone::UTC);
    account.lastUsed = QDateTime::fromMSecsSinceEpoch(1700000200789, QTimeZone::UTC);
    account.usageCount = 9007199254740993ULL; // beyond a double's exact range
    account.unknownFields.insert(QStringLiteral("fromTheFuture"), QStringLiteral("kept"));
    return account;
}

VaultContents sampleContents()
{
    VaultContents contents;
    contents.entries.append({fullAccount(), {}, bytes("12345678901234567890"), std::nullopt});
    Account steam = fullAccount();
    steam.uuid = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    steam.parameters = *OtpParameters::create(OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0);
    steam.unknownFields = {};
    contents.entries.append({steam, {}, bytes(QByteArray(20, '\xff')), std::nullopt});
    contents.deleted.append({QUuid::fromString(QStringLiteral("22222222-2222-4333-8444-555555555555")),
                             QDateTime::fromMSecsSinceEpoch(1700000300000, QTimeZone::UTC)});
    contents.unknownFields.insert(QStringLiteral("futureTopLevel"), 42);
    contents.generation = 41;
    return contents;
}

// The file with its checksum line recomputed, as an attacker (or a careless tool) would leave it.
QByteArray withChecksum(QByteArray file)
{
    file.truncate(file.lastIndexOf('\n', file.size() - 2) + 1);
    return file + "sha256:" + QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex() + '\n';
}
} // namespace

class TestVaultFile : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    std::optional<VaultKeys> m_keys;
    QByteArray m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        auto keys = VaultKeys::create(bytes("correct horse"), fastKdf(), RandomSource::system());
        QVERIFY(keys.has_value());
        m_keys = *keys;
        const auto written = VaultFile::write(sampleContents(), *m_keys, RandomSource::system());
        QVERIFY(written.has_value());
        m_sample = *written;
    }

    void roundTripsEveryField()
    {
        const auto file = VaultFile::parse(m_sample);
        QVERIFY(file.has_value());
        const auto keys = file->unlock(bytes("correct horse"));
        QVERIFY(keys.has_value());
        const auto contents = file->decrypt(keys->dataKey);
        QVERIFY(contents.has_value());
        const VaultContents expected = sampleContents();
        QCOMPARE(contents->entries.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(contents->entries.at(i).isValid());
            QVERIFY2(*contents->entries.at(i).account == *expected.entries.at(i).account,
                     "every field survives");
            QCOMPARE(plain(contents->entries.at(i).secret), plain(expected.entries.at(i).secret));
        }
        QCOMPARE(contents->deleted, expected.deleted);
        QCOMPARE(contents->unknownFields, expected.unknownFields);
        QCOMPARE(contents->generation, quint64(41));
        QCOMPARE(file->minorVersion(), 1);
        QVERIFY2(m_sample.startsWith("TWOFOLD-VAULT 1.1\n"), "new files are version 1.1");
    }

    void wrongPasswordIsNotDamage()
    {
        const auto file = VaultFile::parse(m_sample);
        QVERIFY(file.has_value());
        const auto keys = file->unlock(bytes("Correct horse"));
        QVERIFY(!keys.has_value());
        QCOMPARE(keys.error().code, ErrorCode::VaultWrongPassword);
    }

    void everySingleByteFlipIsAnIntegrityError()
    {
        // The sample's key is cached, so each of the ~1,000 variants costs no KDF; a flip in a slot's KDF
        // parameters or sealed key is caught by the checksum before any KDF would run.
        for (qsizetype i = 0; i < m_sample.size(); ++i) {
            QByteArray tampered = m_sample;
            tampered[i] = char(tampered[i] ^ 0x20);
            const auto file = VaultFile::parse(tampered);
            if (file) {
                const auto contents = file->decrypt(m_keys->dataKey);
                QVERIFY2(!contents.has_value(),
                         qPrintable(QStringLiteral("byte %1 flipped, yet data came out").arg(i)));
                QCOMPARE(contents.error().code, ErrorCode::VaultDamaged);
                continue;
            }
            const ErrorCode code = file.error().code;
            QVERIFY2(code == ErrorCode::VaultDamaged || code == ErrorCode::VaultNotAVault,
                     qPrintable(QStringLiteral("byte %1: unexpected error %2").arg(i).arg(int(code))));
        }
    }

    void headerIsAssociatedData()
    {
        // Re-computing the outer checksum after editing the header is not enough: from 1.1 the header is
        // GCM's associated data, so the payload no longer authenticates.
        QByteArray edited = m_sample;
        edited.insert(edited.indexOf("\"cipher\""), "\"x\":1,");
        const auto file = VaultFile::parse(withChecksum(edited));
        QVERIFY2(file.has_value(), "the envelope itself is consistent");
        const auto contents = file->decrypt(m_keys->dataKey);
        QVERIFY(!contents.has_value());
        QCOMPARE(contents.error(), (Error{ErrorCode::VaultDamaged, QStringLiteral("payload")}));

        // The payload really is sealed with the header as associated data, not only with a digest inside.
        const QList<QByteArray> lines = m_sample.split('\n');
        const QByteArray header = lines.at(0) + '\n' + lines.at(1) + '\n';
        const QByteArray nonce = QByteArray::fromBase64(QJsonDocument::fromJson(lines.at(1))
                                                            .object()
                                                            .value(QStringLiteral("nonce"))
                                                            .toString()
                                                            .toLatin1());
        const QByteArray payload = QByteArray::fromBase64(lines.at(2));
        QVERIFY2(Aead::open(m_keys->dataKey, nonce, payload, header).has_value(),
                 "opens with the header as AAD");
        QVERIFY2(!Aead::open(m_keys->dataKey, nonce, payload).has_value(), "does not open without it");
    }

    void everyHeaderByteFlipIsAnIntegrityError()
    {
        // Flips the lowest bit of every byte of the magic and header lines and repairs the checksum: whatever
        // still parses must fail authentication, never open with the changed header.
        const qsizetype headerEnd = m_sample.indexOf('\n', m_sample.indexOf('\n') + 1) + 1;
        int authenticated = 0;
        for (qsizetype i = 0; i < headerEnd; ++i) {
            QByteArray tampered = m_sample;
            tampered[i] = char(tampered[i] ^ 0x01);
            const auto file = VaultFile::parse(withChecksum(tampered));
            if (!file)
                continue; // refused before any key is used: damaged, not a vault, newer, absurd cost
            const auto contents = file->decrypt(m_keys->dataKey);
            QVERIFY2(!contents.has_value(),
                     qPrintable(QStringLiteral("header byte %1 flipped, yet it opened").arg(i)));
            QCOMPARE(contents.error().code, ErrorCode::VaultDamaged);
            ++authenticated;
        }
        QVERIFY2(authenticated > 100, "most flips parse and are caught by authentication");
    }

    void relabelledAsVersion10DoesNotOpen()
    {
        // A downgrade to 1.0 would drop the associated data; the tag still covers the real header.
        QByteArray relabelled = m_sample;
        relabelled.replace("TWOFOLD-VAULT 1.1\n", "TWOFOLD-VAULT 1.0\n");
        const auto file = VaultFile::parse(withChecksum(relabelled));
        QVERIFY(file.has_value());
        QCOMPARE(file->minorVersion(), 0);
        QCOMPARE(test::errorOf(file->decrypt(m_keys->dataKey)),
                 (Error{ErrorCode::VaultDamaged, QStringLiteral("payload")}));
    }

    void thousandSavesThousandNonces()
    {
        QSet<QByteArray> nonces;
        for (int i = 0; i < 1000; ++i) {
            const auto written = VaultFile::write(sampleContents(), *m_keys, RandomSource::system());
            QVERIFY(written.has_value());
            const QByteArray header = written->split('\n').at(1);
            nonces.insert(QJsonDocument::fromJson(header)
                              .object()
                              .value(QStringLiteral("nonce"))
                              .toString()
                              .toLatin1());
        }
        QCOMPARE(nonces.size(), 1000);
    }

    void newerMajorVersionIsRefused()
    {
        QByteArray newer = m_sample;
        newer.replace("TWOFOLD-VAULT 1.1", "TWOFOLD-VAULT 2.0");
        const auto file = VaultFile::parse(newer);
        QVERIFY(!file.has_value());
        QCOMPARE(file.error(), (Error{ErrorCode::VaultNewerVersion, QStringLiteral("2.0")}));
    }

    void notAVault()
    {
        QCOMPARE(test::errorOf(VaultFile::parse("{\"version\":1}")).code, ErrorCode::VaultNotAVault);
        QCOMPARE(test::errorOf(VaultFile::parse("")).code, ErrorCode::VaultNotAVault);
    }

    void absurdKdfCostIsRefusedOnRead()
    {
        QByteArray greedy = m_sample;
        greedy.replace("\"memoryKiB\":8192", "\"memoryKiB\":4194304");
        const auto file = VaultFile::parse(withChecksum(greedy));
        QVERIFY(!file.has_value());
        QCOMPARE(file.error(), (Error{ErrorCode::KdfParametersOutOfRange, QStringLiteral("memory")}));
    }

    void invalidEntryIsKeptByteForByte()
    {
        VaultContents contents = sampleContents();
        const QByteArray strange =
            R"({"uuid":"33333333-2222-4333-8444-555555555555","type":"yaotp","x":[1,2]})";
        contents.entries.append({std::nullopt, strange, bytes("pin-secret"), std::nullopt});
        const auto written = VaultFile::write(contents, *m_keys, RandomSource::system());
        QVERIFY(written.has_value());
        const auto read = VaultFile::parse(*written)->decrypt(m_keys->dataKey);
        QVERIFY(read.has_value());
        QCOMPARE(read->entries.size(), 3);
        const VaultEntry &kept = read->entries.at(2);
        QVERIFY2(!kept.isValid(), "an unknown type needs attention");
        QVERIFY(kept.problem.has_value());
        QCOMPARE(kept.storedMetadata, strange);
        QCOMPARE(plain(kept.secret), QByteArray("pin-secret"));

        const auto again = VaultFile::write(*read, *m_keys, RandomSource::system());
        const auto reread = VaultFile::parse(*again)->decrypt(m_keys->dataKey);
        QCOMPARE(reread->entries.at(2).storedMetadata, strange);
    }

    void passwordChangeMakesOldPasswordUseless()
    {
        const auto newKeys = VaultKeys::create(bytes("new password"), fastKdf(), RandomSource::system());
        QVERIFY(newKeys.has_value());
        QVERIFY2(plain(newKeys->dataKey) != plain(m_keys->dataKey), "a new data key");
        const auto written = VaultFile::write(sampleContents(), *newKeys, RandomSource::system());
        const auto file = VaultFile::parse(*written);
        QCOMPARE(test::errorOf(file->unlock(bytes("correct horse"))).code, ErrorCode::VaultWrongPassword);
        QVERIFY2(!file->decrypt(m_keys->dataKey).has_value(), "the old data key cannot open the new file");
        QVERIFY(file->unlock(bytes("new password")).has_value());
    }

    void keyringSlot()
    {
        VaultKeys keys = *m_keys;
        const SecureBytes slotKey = RandomSource::system().bytes(32);
        QVERIFY(
            keys.setKeyringSlot(QStringLiteral("twofold-test"), slotKey, RandomSource::system()).has_value());
        const auto file = VaultFile::parse(*VaultFile::write(sampleContents(), keys, RandomSource::system()));
        QCOMPARE(file->keyringId(), QStringLiteral("twofold-test"));
        const auto unlocked = file->unlockWithKeyring(slotKey);
        QVERIFY(unlocked.has_value());
        QCOMPARE(plain(unlocked->dataKey), plain(m_keys->dataKey));
        QCOMPARE(test::errorOf(file->unlockWithKeyring(RandomSource::system().bytes(32))).code,
                 ErrorCode::VaultWrongPassword);
        QVERIFY2(file->unlock(bytes("correct horse")).has_value(), "the password still works");
    }
};

QTEST_GUILESS_MAIN(TestVaultFile)
#include "tst_vaultfile.moc"
