#include "crypto/CryptoRuntime.h"

#include <QStringList>

namespace twofold {

namespace {
const char *const requiredFeatures[] = {
    "hmac(sha1)", "hmac(sha256)", "hmac(sha512)", "sha256", "aes256-gcm", "random",
};
} // namespace

CryptoRuntime::CryptoRuntime()
    // Practical: use locked memory when the system grants it, plain memory when `ulimit -l` is small.
    : m_initializer(QCA::Practical, 64)
{}

CryptoRuntime::~CryptoRuntime() = default;

Expected<void> CryptoRuntime::check() const
{
    QStringList missing;
    for (const char *feature : requiredFeatures) {
        if (!QCA::isSupported(feature))
            missing << QString::fromLatin1(feature);
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::CryptoProviderMissing, missing.join(QLatin1String(", ")));
    return {};
}

} // namespace twofold
