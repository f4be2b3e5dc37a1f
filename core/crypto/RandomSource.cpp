// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/RandomSource.h"

#include <QtLogging>

#include <cerrno>
#include <sys/random.h>

namespace twofold {

RandomSource::~RandomSource() = default;

SecureBytes RandomSource::bytes(int count)
{
    SecureBytes out(count);
    int filled = 0;
    while (filled < count) {
        // Blocks only until the kernel's pool is first seeded; reads over 256 bytes may come back short.
        const ssize_t got = getrandom(out.data() + filled, size_t(count - filled), 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            qFatal("getrandom failed (errno %d): refusing to continue without random bytes", errno);
        filled += int(got);
    }
    return out;
}

RandomSource &RandomSource::system()
{
    static RandomSource source;
    return source;
}

} // namespace twofold
