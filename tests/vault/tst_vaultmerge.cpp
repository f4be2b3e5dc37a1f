// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/VaultMerge.h"

#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

VaultEntry entry(const char *uuid, qint64 modified, quint64 counter = 0)
{
    Account account;
    account.uuid = QUuid::fromString(QLatin1String(uuid));
    account.issuer = QStringLiteral("Issuer");
    account.parameters = *OtpParameters::create(OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, counter);
    account.modified = at(modified);
    return {account, {}, bytes("secret-bytes"), std::nullopt};
}

const char *const a = "aaaaaaaa-0000-4000-8000-000000000001";
const char *const b = "bbbbbbbb-0000-4000-8000-000000000002";
} // namespace

// Another writer's changes are merged by uuid and modification time, never lost and never resurrected.
class TestVaultMerge : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void unionOfAccounts()
    {
        VaultContents ours, theirs;
        ours.entries = {entry(a, 100)};
        theirs.entries = {entry(b, 100)};
        QCOMPARE(VaultMerge::merge(ours, theirs).entries.size(), 2);
    }

    void newerEditWins()
    {
        VaultContents ours, theirs;
        ours.entries = {entry(a, 100)};
        theirs.entries = {entry(a, 200)};
        theirs.entries[0].account->issuer = QStringLiteral("Renamed");
        QCOMPARE(VaultMerge::merge(ours, theirs).entries.at(0).account->issuer, QStringLiteral("Renamed"));
        QCOMPARE(VaultMerge::merge(theirs, ours).entries.at(0).account->issuer, QStringLiteral("Renamed"));
    }

    void deletionBeatsOlderEditOnly()
    {
        VaultContents ours, theirs;
        ours.entries = {entry(a, 100)};
        theirs.deleted = {{QUuid::fromString(QLatin1String(a)), at(150)}};
        QCOMPARE(VaultMerge::merge(ours, theirs).entries.size(), 0);
        ours.entries = {entry(a, 200)}; // edited after the deletion elsewhere: kept
        QCOMPARE(VaultMerge::merge(ours, theirs).entries.size(), 1);
    }

    void hotpCounterNeverGoesBack()
    {
        VaultContents ours, theirs;
        ours.entries = {entry(a, 200, 5)}; // newer edit (say, a favourite toggle), older counter
        theirs.entries = {entry(a, 100, 6)};
        const VaultContents merged = VaultMerge::merge(ours, theirs);
        QCOMPARE(merged.entries.at(0).account->parameters.counter(), quint64(6));
    }

    void usageStatisticsKeepTheMaximum()
    {
        VaultContents ours, theirs;
        ours.entries = {entry(a, 100)};
        ours.entries[0].account->usageCount = 3;
        ours.entries[0].account->lastUsed = at(500);
        theirs.entries = {entry(a, 200)};
        theirs.entries[0].account->usageCount = 7;
        theirs.entries[0].account->lastUsed = at(300);
        const Account merged = *VaultMerge::merge(ours, theirs).entries.at(0).account;
        QCOMPARE(merged.usageCount, quint64(7));
        QCOMPARE(merged.lastUsed, at(500));
    }

    void entriesNeedingAttentionAreKeptFromBothSides()
    {
        VaultContents ours, theirs;
        ours.entries = {{std::nullopt, "{\"mine\":1}", bytes("x"), std::nullopt}};
        theirs.entries = {{std::nullopt, "{\"theirs\":1}", bytes("y"), std::nullopt},
                          {std::nullopt, "{\"mine\":1}", bytes("x"), std::nullopt}};
        QCOMPARE(VaultMerge::merge(ours, theirs).entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVaultMerge)
#include "tst_vaultmerge.moc"
