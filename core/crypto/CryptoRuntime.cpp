// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoRuntime.h"

#include <QPluginLoader>
#include <QStringList>
#include <qcaprovider.h>

#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace twofold {

namespace {
// QCA still provides HMAC, SHA-256 and AES-CBC; AES-GCM and every KDF come from OpenSSL's EVP directly.
const char *const requiredFeatures[] = {"hmac(sha1)", "hmac(sha256)", "hmac(sha512)", "sha256"};
const char *const requiredKdfs[] = {"ARGON2ID", "SCRYPT", "PBKDF2", "HKDF"};

// Everything Twofold uses comes from QCA's OpenSSL provider. Loading that one plugin by hand spares QCA's
// scan, which loads every crypto plugin installed (GnuPG, SASL, logger, softstore and their libraries) and
// was a large part of a command's start-up. Returns false when the plugin is not where QCA looks.
bool insertOpenSslProvider()
{
    for (const QString &path : QCA::pluginPaths()) {
        QPluginLoader loader(path + QStringLiteral("/crypto/libqca-ossl.so"));
        if (auto *plugin = qobject_cast<QCAPlugin *>(loader.instance()))
            return QCA::insertProvider(plugin->createProvider());
    }
    return false;
}
} // namespace

CryptoRuntime::CryptoRuntime()
    // Practical: use locked memory when the system grants it, plain memory when `ulimit -l` is small.
    : m_initializer(QCA::Practical, 64)
{
    // QCA_NO_PLUGINS set by the user (or a test) means no plugin at all: then nothing is loaded here either.
    if (!qEnvironmentVariableIsEmpty("QCA_NO_PLUGINS"))
        return;
    // QCA reads the variable during its first scan, which inserting a provider starts. Unset right after,
    // so processes started from this one scan as usual; if the plugin was not found, the scan runs now.
    qputenv("QCA_NO_PLUGINS", "1");
    const bool inserted = insertOpenSslProvider();
    qunsetenv("QCA_NO_PLUGINS");
    if (!inserted)
        QCA::scanForPlugins();
}

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
