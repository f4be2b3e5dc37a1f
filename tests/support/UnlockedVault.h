// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "time/Clock.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace twofold::test {

// A clock the test moves by hand; it starts 1 s before the period that holds RFC 6238's 1111111109.
class SteppedClock : public Clock
{
public:
    qint64 msecs = 1111111079'000;
    qint64 currentMSecs() const override { return msecs; }
};

// The app's vault parts on a new vault at `path` (password "pw", a fast KDF), being created: wait for
// session().state() to be Unlocked.
inline std::unique_ptr<VaultParts> createdVault(const QString &path, Settings &settings, const Clock *clock,
                                                bool keyringUnlock = false)
{
    auto vault = std::make_unique<VaultParts>(path, settings);
    vault->session().setKdfForNewVaults(fastKdf());
    vault->setClock(clock);
    vault->session().createVault(QStringLiteral("pw"), keyringUnlock);
    return vault;
}

// What every test of the vault parts needs: the crypto runtime, scratch settings, and a new vault.
class VaultTest : public QObject
{
protected:
    CryptoRuntime m_crypto;
    QTemporaryDir m_config;
    QSettings m_store{m_config.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

    // A new vault in `dir`, unlocked; null when it does not unlock in time.
    std::unique_ptr<VaultParts> unlockedVault(const QTemporaryDir &dir, const Clock *clock)
    {
        auto vault = createdVault(dir.filePath(QStringLiteral("vault.twofold")), m_settings, clock);
        if (!QTest::qWaitFor([&] { return vault->session().state() == VaultSession::Unlocked; }))
            return nullptr;
        return vault;
    }
};

} // namespace twofold::test
