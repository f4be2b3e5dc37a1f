// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Sodium.h"

#include <sodium.h>

namespace twofold {

namespace {
static_assert(Sodium::saltSize == crypto_pwhash_SALTBYTES);
static_assert(Sodium::keySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(Sodium::streamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(Sodium::streamOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

// sodium_init() is idempotent and thread-safe; 1 means "already initialised".
bool ready()
{
    return sodium_init() >= 0;
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

Expected<SecureBytes> Sodium::argon2id(const SecureBytes &password, QByteArrayView salt, quint64 opsLimit,
                                       quint64 memLimitBytes, int length)
{
    if (!ready())
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("libsodium"));
    if (salt.size() != saltSize)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("salt"));
    if (opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || opsLimit > crypto_pwhash_argon2id_OPSLIMIT_MAX)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("iterations"));
    if (memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN ||
        memLimitBytes > crypto_pwhash_argon2id_MEMLIMIT_MAX)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("memory"));
    if (length < int(crypto_pwhash_argon2id_BYTES_MIN) || length > 1024)
        return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("length"));
    SecureBytes out(length);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(out.data()), quint64(length), password.constData(),
                      quint64(password.size()), bytes(salt), opsLimit, size_t(memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::KdfFailed, QStringLiteral("argon2id"));
    return out;
}

Expected<SecureBytes> Sodium::openStreamMessage(const SecureBytes &key, QByteArrayView header,
                                                QByteArrayView message)
{
    if (!ready())
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("libsodium"));
    if (key.size() != keySize || header.size() != streamHeaderSize)
        return fail(ErrorCode::InvalidKey);
    if (message.size() < streamOverhead)
        return fail(ErrorCode::AuthenticationFailed);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytes(header), reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return fail(ErrorCode::InvalidKey);
    SecureBytes out(int(message.size() - streamOverhead));
    unsigned long long outLength = 0;
    unsigned char tag = 0;
    const int status = crypto_secretstream_xchacha20poly1305_pull(
        &state, reinterpret_cast<unsigned char *>(out.data()), &outLength, &tag, bytes(message),
        quint64(message.size()), nullptr, 0);
    sodium_memzero(&state, sizeof state); // the state holds the derived subkey
    if (status != 0)
        return fail(ErrorCode::AuthenticationFailed);
    out.resize(int(outLength));
    return out;
}

} // namespace twofold
