// SPDX-License-Identifier: GPL-3.0-or-later
// A foreign file chooses its own KDF costs and its own number of password slots: too many slots, or more
// work in total than KdfBudget allows, is refused before the first derivation runs. Each refused file below
// would otherwise derive for minutes to hours (bench/import_caps prints how fast the refusals are).
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "formats/Importer.h"
#include "formats/KdfBudget.h"
#include "vault/VaultFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace twofold;
using namespace twofold::test;

namespace {
QByteArray readFixture(const QString &relative)
{
    QFile file(sharedDir() + QStringLiteral("/fixtures/third-party/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject jsonFixture(const QString &relative)
{
    return QJsonDocument::fromJson(readFixture(relative)).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The Aegis fixture (password "test") with its password slot copied `count` times, each changed by `edit`.
QByteArray aegisWithSlots(int count, const std::function<void(QJsonObject &)> &edit = {})
{
    QJsonObject root = jsonFixture(QStringLiteral("aegis/aegis_encrypted.json"));
    QJsonObject header = root.value(u"header").toObject();
    QJsonObject slot;
    for (const QJsonValue &value : header.value(u"slots").toArray())
        if (value.toObject().value(u"type").toInteger() == 1)
            slot = value.toObject();
    if (edit)
        edit(slot);
    QJsonArray slotList;
    for (int i = 0; i < count; ++i)
        slotList.append(slot);
    header[u"slots"] = slotList;
    root[u"header"] = header;
    return toJson(root);
}
} // namespace

class TestImportCaps : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        QVERIFY2(!sharedDir().isEmpty(), "../shared (the fixtures) is missing");
    }

    void workIsCountedPerAlgorithm()
    {
        KdfParameters argon = KdfParameters::defaultArgon2id("salt");
        QCOMPARE(KdfBudget::work(argon), quint64(65536 * 3));
        KdfParameters scrypt;
        scrypt.algorithm = KdfParameters::Algorithm::Scrypt;
        scrypt.scryptN = 1 << 15; // Aegis's own: 32 MiB, two passes
        QCOMPARE(KdfBudget::work(scrypt), quint64(65536));
        QCOMPARE(KdfBudget::pbkdf2(HashAlgorithm::Sha1, 1000, 32), quint64(500)); // two SHA-1 blocks
        QCOMPARE(KdfBudget::pbkdf2(HashAlgorithm::Sha512, 1000, 32), quint64(500));
        QCOMPARE(KdfBudget::argon2(quint64(1) << 40, quint64(1) << 40), std::numeric_limits<quint64>::max());
        QCOMPARE(KdfBudget::sum(std::numeric_limits<quint64>::max(), 1), std::numeric_limits<quint64>::max());
        // Ente's sensitive preset and Bitwarden's strongest setting fit; a little more does not.
        QVERIFY(KdfBudget::check(QStringLiteral("ente"), 1, KdfBudget::argon2(1 << 20, 4)));
        QVERIFY(KdfBudget::check(QStringLiteral("bitwarden"), 1, KdfBudget::argon2(1 << 20, 10)));
        QCOMPARE(
            test::errorOf(KdfBudget::check(QStringLiteral("bitwarden"), 1, KdfBudget::argon2(1 << 20, 11))),
            (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("bitwarden")}));
        QVERIFY(KdfBudget::check(QStringLiteral("aegis"), 16, 16 * 65536));
        QCOMPARE(test::errorOf(KdfBudget::check(QStringLiteral("aegis"), 17, 0)),
                 (Error{ErrorCode::ImportTooManySlots, QStringLiteral("17"), QStringLiteral("aegis")}));
    }

    void aegisWithSixteenSlotsStillOpens()
    {
        const auto result = Importer::read(aegisWithSlots(16), bytes("test"));
        QVERIFY2(result.has_value(), "16 ordinary slots are within the caps");
        QVERIFY(!result->accounts.isEmpty());
    }

    void aegisWithAThousandSlotsIsRefused()
    {
        const auto result = Importer::read(aegisWithSlots(1000), bytes("wrong"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(),
                 (Error{ErrorCode::ImportTooManySlots, QStringLiteral("1000"), QStringLiteral("aegis")}));
    }

    void aegisWithExpensiveSlotsIsRefused()
    {
        // Each slot alone is within the scrypt bounds (1 GiB, N·r·p = 2^24), about 7 s; 16 would be 2 min.
        const QByteArray file = aegisWithSlots(16, [](QJsonObject &slot) {
            slot[u"n"] = 1 << 20;
            slot[u"r"] = 8;
            slot[u"p"] = 2;
        });
        const auto result = Importer::read(file, bytes("wrong"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("aegis")}));
    }

    void twofoldVaultWithExpensiveSlotsIsRefused()
    {
        auto keys = VaultKeys::create(bytes("pw"), fastKdf(), RandomSource::system());
        QVERIFY(keys.has_value());
        VaultSlot greedy = keys->unlockSlots.constFirst();
        greedy.kdf.memoryKiB = 1024 * 1024; // 1 GiB × 64 passes: within the vault's bounds, ~2 min each
        greedy.kdf.iterations = 64;
        while (keys->unlockSlots.size() < 16)
            keys->unlockSlots.append(greedy);
        const auto written = VaultFile::write({}, *keys, RandomSource::system());
        QVERIFY(written.has_value());
        const auto result = Importer::read(*written, bytes("pw"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("twofold")}));
    }

    void bitwardenBeyondItsStrongestSettingIsRefused()
    {
        QJsonObject root = jsonFixture(QStringLiteral("bitwarden/bitwarden.encrypted.argon2id.json"));
        QVERIFY(!root.isEmpty());
        root[u"kdfMemory"] = 1024; // MiB
        root[u"kdfIterations"] = 64;
        const auto result = Importer::read(toJson(root), bytes("wrong"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("bitwarden")}));
    }

    void enteBeyondTheBudgetIsRefused()
    {
        QJsonObject root = jsonFixture(QStringLiteral("ente-auth/ente.encrypted.json"));
        QJsonObject kdf = root.value(u"kdfParams").toObject();
        kdf[u"opsLimit"] = 16; // 1 GiB × 16 passes
        root[u"kdfParams"] = kdf;
        const auto result = Importer::read(toJson(root), bytes("wrong"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("ente")}));
    }

    void authyWithTooManyEncryptedTokensIsRefused()
    {
        // One PBKDF2 per token: 25,000 of them would take about a minute.
        QByteArray tokens = "[";
        for (int i = 0; i < 25'000; ++i)
            tokens += QByteArray(i ? "," : "") +
                      "{&quot;encryptedSecret&quot;:&quot;AAAA&quot;,&quot;salt&quot;:&quot;s&quot;}";
        tokens += "]";
        const QByteArray xml = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
                               "<string name=\"com.authy.storage.tokens.authenticator.key\">" +
                               tokens + "</string>\n</map>\n";
        const auto result = Importer::read(xml, bytes("wrong"));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), (Error{ErrorCode::ImportKdfTooCostly, {}, QStringLiteral("authy")}));
    }
};

QTEST_GUILESS_MAIN(TestImportCaps)
#include "tst_importcaps.moc"
