#pragma once

#include "crypto/SecureBytes.h"

namespace twofold {

// Where keys, salts and nonces come from. The app uses the system CSPRNG through QCA; tests inject a
// deterministic source to build reproducible files.
class RandomSource
{
public:
    virtual ~RandomSource();
    virtual SecureBytes bytes(int count);

    static RandomSource &system();
};

} // namespace twofold
