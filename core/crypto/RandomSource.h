// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

namespace twofold {

// Where keys, salts and nonces come from. The system source reads the kernel's CSPRNG with getrandom(2),
// whatever crypto provider QCA would pick; tests inject a deterministic source to build reproducible files.
class RandomSource
{
public:
    virtual ~RandomSource();
    // `count` random bytes. The system source never returns predictable bytes: if the kernel refuses (it
    // does not, short of a broken system), the process stops rather than write a guessable key.
    virtual SecureBytes bytes(int count);

    static RandomSource &system();
};

} // namespace twofold
