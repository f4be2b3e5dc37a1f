// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Argon2.h"

#include "crypto/EvpKdf.h"

#include <openssl/core_names.h>

namespace twofold {

Expected<SecureBytes> Argon2::derive(const Parameters &parameters, const SecureBytes &password, int length)
{
    uint32_t iterations = parameters.iterations, memory = parameters.memoryKiB, lanes = parameters.lanes,
             version = parameters.version, threads = 1;
    std::vector<OSSL_PARAM> params = {
        EvpKdf::octets(OSSL_KDF_PARAM_PASSWORD, EvpKdf::view(password)),
        EvpKdf::octets(OSSL_KDF_PARAM_SALT, parameters.salt),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &lanes),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_VERSION, &version),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads),
    };
    if (!parameters.secret.isEmpty())
        params.push_back(EvpKdf::octets(OSSL_KDF_PARAM_SECRET, parameters.secret));
    if (!parameters.associatedData.isEmpty())
        params.push_back(EvpKdf::octets(OSSL_KDF_PARAM_ARGON2_AD, parameters.associatedData));
    return EvpKdf::derive(parameters.variant == Variant::D ? "ARGON2D" : "ARGON2ID", std::move(params),
                          length);
}

} // namespace twofold
