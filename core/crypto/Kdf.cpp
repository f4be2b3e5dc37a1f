// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Kdf.h"

#include "crypto/EvpKdf.h"

#include <openssl/core_names.h>

namespace twofold {

Expected<SecureBytes> Kdf::argon2id(const SecureBytes &password, QByteArrayView salt, quint32 iterations,
                                    quint32 memoryKiB, quint32 lanes, int length, QByteArrayView secret,
                                    QByteArrayView associatedData)
{
    uint32_t iter = iterations, memory = memoryKiB, parallel = lanes, threads = 1;
    std::vector<OSSL_PARAM> params = {
        EvpKdf::octets(OSSL_KDF_PARAM_PASSWORD, EvpKdf::view(password)),
        EvpKdf::octets(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &parallel),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads),
    };
    if (!secret.isEmpty())
        params.push_back(EvpKdf::octets(OSSL_KDF_PARAM_SECRET, secret));
    if (!associatedData.isEmpty())
        params.push_back(EvpKdf::octets(OSSL_KDF_PARAM_ARGON2_AD, associatedData));
    return EvpKdf::derive("ARGON2ID", std::move(params), length);
}

Expected<SecureBytes> Kdf::pbkdf2(HashAlgorithm digest, const SecureBytes &password, QByteArrayView salt,
                                  quint32 iterations, int length)
{
    KdfParameters bounds;
    bounds.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256; // the same bounds whatever the digest
    bounds.salt = salt.toByteArray();
    bounds.iterations = iterations;
    if (const auto valid = bounds.validate(); !valid)
        return std::unexpected(valid.error());
    uint64_t iter = iterations;
    char name[8] = {};
    const QByteArray digestName = hashAlgorithmName(digest).toLatin1(); // "SHA1", "SHA256", "SHA512"
    qstrncpy(name, digestName.constData(), sizeof name);
    return EvpKdf::derive("PBKDF2",
                          {EvpKdf::octets(OSSL_KDF_PARAM_PASSWORD, EvpKdf::view(password)),
                           EvpKdf::octets(OSSL_KDF_PARAM_SALT, salt),
                           OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iter),
                           OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, name, 0)},
                          length);
}

Expected<SecureBytes> Kdf::derive(const KdfParameters &parameters, const SecureBytes &password, int length)
{
    if (const auto valid = parameters.validate(); !valid)
        return std::unexpected(valid.error());
    switch (parameters.algorithm) {
    case KdfParameters::Algorithm::Argon2id:
        return argon2id(password, parameters.salt, parameters.iterations, parameters.memoryKiB,
                        parameters.lanes, length);
    case KdfParameters::Algorithm::Scrypt: {
        uint64_t n = parameters.scryptN;
        uint32_t r = parameters.scryptR, p = parameters.scryptP;
        // OpenSSL's default 32 MiB cap rejects Aegis's own N=2^15, r=8; allow what validate() allows.
        uint64_t maxMemory = 128 * n * r + 128 * r * p + (1u << 20);
        return EvpKdf::derive("SCRYPT",
                              {EvpKdf::octets(OSSL_KDF_PARAM_PASSWORD, EvpKdf::view(password)),
                               EvpKdf::octets(OSSL_KDF_PARAM_SALT, parameters.salt),
                               OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
                               OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
                               OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
                               OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory)},
                              length);
    }
    case KdfParameters::Algorithm::Pbkdf2Sha256: {
        uint64_t iterations = parameters.iterations;
        char digest[] = "SHA256";
        return EvpKdf::derive("PBKDF2",
                              {EvpKdf::octets(OSSL_KDF_PARAM_PASSWORD, EvpKdf::view(password)),
                               EvpKdf::octets(OSSL_KDF_PARAM_SALT, parameters.salt),
                               OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iterations),
                               OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0)},
                              length);
    }
    }
    return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("algorithm"));
}

} // namespace twofold
