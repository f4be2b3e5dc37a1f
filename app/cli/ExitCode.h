#pragma once

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

} // namespace twofold
