#include "crypto/Hkdf.h"

#include "crypto/Hmac.h"

namespace twofold {

namespace {
int hashLength(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha512:
        return 64;
    }
    Q_UNREACHABLE();
}
} // namespace

Expected<SecureBytes> Hkdf::expand(HashAlgorithm algorithm, const SecureBytes &prk, QByteArrayView info,
                                   int length)
{
    if (length < 1 || length > 255 * hashLength(algorithm))
        return fail(ErrorCode::InvalidKey);
    // T(i) = HMAC(prk, T(i-1) || info || i); the output is T(1) || T(2) || … cut to `length`.
    SecureBytes out;
    SecureBytes previous;
    for (int i = 1; out.size() < length; ++i) {
        SecureBytes message = previous;
        message.append(SecureBytes(info.toByteArray()));
        message.append(SecureBytes(QByteArray(1, static_cast<char>(i))));
        auto block = Hmac::compute(algorithm, prk, QByteArrayView(message.constData(), message.size()));
        if (!block)
            return std::unexpected(block.error());
        previous = *block;
        out.append(*block);
    }
    out.resize(length);
    return out;
}

} // namespace twofold
