#pragma once

namespace twofold {

enum class HashAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

} // namespace twofold
