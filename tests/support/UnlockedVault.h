// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "time/Clock.h"
#include "vault/VaultParts.h"

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

} // namespace twofold::test
