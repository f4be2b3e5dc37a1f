#include "crypto/Kdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <vector>

namespace twofold {

namespace {
struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

OSSL_PARAM octets(const char *key, QByteArrayView bytes)
{
    // OpenSSL only reads these buffers; the const_cast is its API's, not a write.
    return OSSL_PARAM_construct_octet_string(key, const_cast<char *>(bytes.data()), size_t(bytes.size()));
}

Expected<SecureBytes> run(const char *algorithm, std::vector<OSSL_PARAM> params, int length)
{
    params.push_back(OSSL_PARAM_construct_end());
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf)
        return fail(ErrorCode::CryptoProviderMissing, QString::fromLatin1(algorithm));
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    SecureBytes out(length);
    if (!ctx || EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(length),
                               params.data()) != 1)
        return fail(ErrorCode::KdfFailed, QString::fromLatin1(algorithm));
    return out;
}

QByteArrayView view(const SecureBytes &bytes)
{
    return QByteArrayView(bytes.constData(), bytes.size());
}
} // namespace

Expected<SecureBytes> Kdf::argon2id(const SecureBytes &password, QByteArrayView salt, quint32 iterations,
                                    quint32 memoryKiB, quint32 lanes, int length, QByteArrayView secret,
                                    QByteArrayView associatedData)
{
    uint32_t iter = iterations, memory = memoryKiB, parallel = lanes, threads = 1;
    std::vector<OSSL_PARAM> params = {
        octets(OSSL_KDF_PARAM_PASSWORD, view(password)),
        octets(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iter),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &parallel),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads),
    };
    if (!secret.isEmpty())
        params.push_back(octets(OSSL_KDF_PARAM_SECRET, secret));
    if (!associatedData.isEmpty())
        params.push_back(octets(OSSL_KDF_PARAM_ARGON2_AD, associatedData));
    return run("ARGON2ID", std::move(params), length);
}

Expected<SecureBytes> Kdf::pbkdf2(HashAlgorithm digest, const SecureBytes &password, QByteArrayView salt,
                                  quint32 iterations, int length)
{
    KdfParameters bounds;
    bounds.algorithm = KdfParameters::Algorithm::Pbkdf2Sha256;
    bounds.salt = salt.toByteArray();
    bounds.iterations = iterations;
    if (const auto valid = bounds.validate(); !valid)
        return std::unexpected(valid.error());
    uint64_t iter = iterations;
    char sha1[] = "SHA1", sha256[] = "SHA256", sha512[] = "SHA512";
    char *name = digest == HashAlgorithm::Sha1 ? sha1 : digest == HashAlgorithm::Sha512 ? sha512 : sha256;
    return run("PBKDF2",
               {octets(OSSL_KDF_PARAM_PASSWORD, view(password)), octets(OSSL_KDF_PARAM_SALT, salt),
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
        return run("SCRYPT",
                   {octets(OSSL_KDF_PARAM_PASSWORD, view(password)),
                    octets(OSSL_KDF_PARAM_SALT, parameters.salt),
                    OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
                    OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
                    OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
                    OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory)},
                   length);
    }
    case KdfParameters::Algorithm::Pbkdf2Sha256: {
        uint64_t iterations = parameters.iterations;
        char digest[] = "SHA256";
        return run("PBKDF2",
                   {octets(OSSL_KDF_PARAM_PASSWORD, view(password)),
                    octets(OSSL_KDF_PARAM_SALT, parameters.salt),
                    OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iterations),
                    OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0)},
                   length);
    }
    }
    return fail(ErrorCode::KdfParametersOutOfRange, QStringLiteral("algorithm"));
}

} // namespace twofold
