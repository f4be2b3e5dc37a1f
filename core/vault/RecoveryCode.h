#pragma once

#include <QString>

namespace twofold {

// One of an account's printed backup codes. They are shown and copied as text, so they are metadata
// (encrypted at rest with everything else) rather than an OTP secret.
struct RecoveryCode
{
    QString code;
    bool used = false;

    bool operator==(const RecoveryCode &) const = default;
};

} // namespace twofold
