// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QtCrypto>

namespace twofold {

// Owns QCA's global state for the life of the process. Create exactly one, after the
// QCoreApplication and before any other crypto call, and call check() once: it fails when the
// QCA OpenSSL provider or a primitive Twofold depends on (QCA or OpenSSL EVP) is missing, so the app can
// refuse to start instead of failing later with an obscure error.
class CryptoRuntime
{
public:
    CryptoRuntime();
    ~CryptoRuntime();
    CryptoRuntime(const CryptoRuntime &) = delete;
    CryptoRuntime &operator=(const CryptoRuntime &) = delete;

    // ErrorCode::CryptoProviderMissing with the missing features as detail.
    [[nodiscard]] Expected<void> check() const;

private:
    QCA::Initializer m_initializer;
};

} // namespace twofold
