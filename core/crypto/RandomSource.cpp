#include "crypto/RandomSource.h"

namespace twofold {

RandomSource::~RandomSource() = default;

SecureBytes RandomSource::bytes(int count)
{
    return QCA::Random::randomArray(count);
}

RandomSource &RandomSource::system()
{
    static RandomSource source;
    return source;
}

} // namespace twofold
