#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>

namespace twofold {

// PBKDF2-HMAC-SHA1 through QCA, for other apps' files that use it (Authy's backup password). Our own files
// use Kdf. Thread-safe; slow in proportion to `iterations`.
class Pbkdf2Sha1
{
public:
    static constexpr quint32 maxIterations = 10'000'000; // SECURITY item 2

    // Errors: KdfParametersOutOfRange (iterations outside 1..maxIterations, length outside 1..1024, empty
    // salt), CryptoProviderMissing, KdfFailed.
    [[nodiscard]] static Expected<SecureBytes> derive(const SecureBytes &password, QByteArrayView salt,
                                                      quint32 iterations, int length);
};

} // namespace twofold
