// SPDX-License-Identifier: GPL-3.0-or-later
// The one open chain (read → parse → unlock → decrypt) and the verified write every vault file gets.
#include "TestSupport.h"
#include "VaultSamples.h"
#include "crypto/CryptoRuntime.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultOpener.h"
#include "vault/VaultWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

class TestVaultOpener : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QTemporaryDir m_dir;
    std::optional<VaultKeys> m_keys;

    // A vault file at `name` holding one account under `keys`.
    QString writeVault(const QString &name, const VaultKeys &keys, const QString &issuer)
    {
        const QString path = m_dir.filePath(name);
        const auto bytes = VaultFile::write(oneAccount(issuer), keys, RandomSource::system());
        return bytes && AtomicFile::write(path, *bytes) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        auto keys = VaultKeys::create(bytes("right"), fastKdf(), RandomSource::system());
        QVERIFY(keys.has_value());
        m_keys = std::move(*keys);
    }

    void opensWithThePasswordAndSaysWhyNot()
    {
        const QString path = writeVault(QStringLiteral("a.twofold"), *m_keys, QStringLiteral("A"));
        QVERIFY(!path.isEmpty());
        const auto opened = VaultOpener::open(path, VaultOpener::withPassword(bytes("right")));
        QVERIFY(opened.has_value());
        QCOMPARE(opened->contents.entries.constFirst().account->issuer, QStringLiteral("A"));
        QVERIFY(!opened->diskDigest.isEmpty());

        QCOMPARE(errorOf(VaultOpener::open(path, VaultOpener::withPassword(bytes("wrong")))).code,
                 ErrorCode::VaultWrongPassword);
        QCOMPARE(errorOf(VaultOpener::open(m_dir.filePath(QStringLiteral("missing.twofold")),
                                           VaultOpener::withPassword(bytes("right"))))
                     .code,
                 ErrorCode::VaultNotFound);
        const QString text = m_dir.filePath(QStringLiteral("text.twofold"));
        QVERIFY(AtomicFile::write(text, "not a vault").has_value());
        QCOMPARE(errorOf(VaultOpener::open(text, VaultOpener::withPassword(bytes("right")))).code,
                 ErrorCode::VaultNotAVault);
        QCOMPARE(errorOf(VaultOpener::open(path, VaultOpener::withKeyring(bytes(QByteArray(32, 'k'))))).code,
                 ErrorCode::VaultNoKeyringSlot);
    }

    // No KDF runs for a known key; the wrong key is damage, not a wrong password.
    void decryptsWithAKnownKey()
    {
        const QString path = writeVault(QStringLiteral("b.twofold"), *m_keys, QStringLiteral("B"));
        const auto contents = VaultOpener::decrypt(path, m_keys->dataKey);
        QVERIFY(contents.has_value());
        QCOMPARE(contents->entries.constFirst().account->issuer, QStringLiteral("B"));
        QCOMPARE(errorOf(VaultOpener::decrypt(path, bytes(QByteArray(32, 'x')))).code,
                 ErrorCode::VaultDamaged);
        QCOMPARE(errorOf(VaultOpener::decryptBytes("TWOFOLD-VAULT 9.0\n", m_keys->dataKey)).code,
                 ErrorCode::VaultNewerVersion);
    }

    // The newest backup that opens is offered: damaged files and another password's are passed over.
    void firstThatOpensSkipsWhatDoesNotOpen()
    {
        auto other = VaultKeys::create(bytes("other"), fastKdf(), RandomSource::system());
        QVERIFY(other.has_value());
        const QString damaged = writeVault(QStringLiteral("c1.twofold"), *m_keys, QStringLiteral("C1"));
        QByteArray cut = fileBytes(damaged);
        cut.chop(10);
        QVERIFY(AtomicFile::write(damaged, cut).has_value());
        const QString otherPassword = writeVault(QStringLiteral("c2.twofold"), *other, QStringLiteral("C2"));
        const QString opens = writeVault(QStringLiteral("c3.twofold"), *m_keys, QStringLiteral("C3"));
        const QString alsoOpens = writeVault(QStringLiteral("c4.twofold"), *m_keys, QStringLiteral("C4"));
        const auto unlocker = VaultOpener::withPassword(bytes("right"));
        QCOMPARE(VaultOpener::firstThatOpens({damaged, otherPassword, opens, alsoOpens}, unlocker), opens);
        QCOMPARE(VaultOpener::firstThatOpens({damaged, otherPassword}, unlocker), QString());
        QCOMPARE(VaultOpener::firstThatOpens({}, unlocker), QString());
    }

    // The re-read must decrypt to what was meant: bytes of other contents are refused and the target stays.
    void verifiedWriteRefusesOtherContents()
    {
        const QString path = writeVault(QStringLiteral("d.twofold"), *m_keys, QStringLiteral("D"));
        const QByteArray before = fileBytes(path);
        const VaultContents meant = oneAccount(QStringLiteral("Meant"));
        const auto otherBytes =
            VaultFile::write(oneAccount(QStringLiteral("Other")), *m_keys, RandomSource::system());
        QVERIFY(otherBytes.has_value());
        QCOMPARE(errorOf(VaultWriter::write(path, *otherBytes, meant, m_keys->dataKey)),
                 (Error{ErrorCode::VerifyFailed, path}));
        QCOMPARE(fileBytes(path), before);

        const auto meantBytes = VaultFile::write(meant, *m_keys, RandomSource::system());
        QVERIFY(meantBytes.has_value());
        QCOMPARE(errorOf(VaultWriter::write(path, *meantBytes, meant, bytes(QByteArray(32, 'x')))).code,
                 ErrorCode::VerifyFailed);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(VaultWriter::write(path, *meantBytes, meant, m_keys->dataKey).has_value());
        QCOMPARE(fileBytes(path), *meantBytes);
    }
};

QTEST_GUILESS_MAIN(TestVaultOpener)
#include "tst_vaultopener.moc"
