// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace twofold {

// Shared by every subcommand; scripts rely on these numbers.
enum ExitCode : int
{
    ExitOk = 0,
    ExitPartial = 1,       // partial success or nothing found
    ExitBadInput = 2,      // bad input or unreadable file
    ExitWrongPassword = 3, //
    ExitDamagedVault = 4,  // damaged vault or a newer format version
};

inline ExitCode exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::VaultWrongPassword:
    case ErrorCode::ImportWrongPassword:
        return ExitWrongPassword;
    case ErrorCode::VaultDamaged:
    case ErrorCode::VaultNewerVersion:
    case ErrorCode::VaultNotAVault:
    case ErrorCode::KdfParametersOutOfRange:
        return ExitDamagedVault;
    case ErrorCode::AccountNotFound:
        return ExitPartial;
    default:
        return ExitBadInput;
    }
}

} // namespace twofold
