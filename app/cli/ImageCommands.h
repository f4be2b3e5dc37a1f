// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/VaultCommands.h"

namespace twofold {

// The commands that read or draw images: `twofold scan` (QR codes in image files) and `twofold export`
// (whose PDF draws QR codes). They need Qt Gui and ZXing, which would double every other command's start-up,
// so they run in `twofold-images`, which `twofold` hands them to. Their texts keep the translation contexts
// of CommandLine and TransferCommands, where the other commands' texts are.
class ImageCommands : public VaultCommands
{
public:
    using VaultCommands::VaultCommands;

    // Runs scan or export (arguments: argv, program name first) and returns the process exit code.
    int run(const QStringList &arguments);

private:
    // scan IMAGE… [--json]: the text of every QR code, one per line. Exit 1 if none is found.
    int scan(const QStringList &arguments);
    // export FILE --format twofold|aegis|aegis-plain|uris|pdf [--export-password-file F] [--unencrypted]:
    // writes, re-reads and compares before printing FILE. Plain formats need --unencrypted.
    int exportFile(const QStringList &arguments);
};

} // namespace twofold
