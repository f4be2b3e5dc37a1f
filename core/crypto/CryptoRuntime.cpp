#include "crypto/CryptoRuntime.h"

#include <QStringList>

#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace twofold {

namespace {
// QCA still provides HMAC, SHA-256 and AES-CBC; AES-GCM and every KDF come from OpenSSL's EVP directly.
const char *const requiredFeatures[] = {"hmac(sha1)", "hmac(sha256)", "hmac(sha512)", "sha256"};
const char *const requiredKdfs[] = {"ARGON2ID", "SCRYPT", "PBKDF2", "HKDF"};
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
    if (EVP_CIPHER *gcm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr))
        EVP_CIPHER_free(gcm);
    else
        missing << QStringLiteral("AES-256-GCM");
    for (const char *name : requiredKdfs) {
        if (EVP_KDF *kdf = EVP_KDF_fetch(nullptr, name, nullptr))
            EVP_KDF_free(kdf);
        else
            missing << QString::fromLatin1(name);
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::CryptoProviderMissing, missing.join(QLatin1String(", ")));
    return {};
}

} // namespace twofold
