// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: one importer, or the whole Importer, on arbitrary bytes. TWOFOLD_FUZZ_FORMAT=<format id>
// (e.g. "aegis"; "list" prints them) runs only that format's recogniser and, when it recognises the input,
// its reader, so each importer is fuzzed and reported on its own; unset, Importer::read() picks the format as
// the app does. The input is "password\nfile" (FuzzInput). No crash, no hang, no accepted account without a
// secret.
#include "FuzzInput.h"
#include "FuzzSupport.h"
#include "formats/Importer.h"

#include <cstdio>
#include <cstdlib>

namespace {

const twofold::ImportFormat *chosenFormat = nullptr;

void check(const twofold::Expected<twofold::ImportResult> &result)
{
    if (!result)
        return;
    for (const twofold::ImportedAccount &account : result->accounts) {
        if (account.otp.secret().isEmpty())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    twofoldFuzzInit();
    const QByteArray id = qgetenv("TWOFOLD_FUZZ_FORMAT");
    if (id.isEmpty())
        return 0;
    if (id == "list") { // for scripts/fuzz: one run per format
        for (const twofold::ImportFormat &format : twofold::Importer::formats())
            std::printf("%s\n", format.id);
        std::exit(0);
    }
    chosenFormat = twofold::Importer::format(QString::fromLatin1(id));
    if (!chosenFormat) {
        std::fprintf(stderr, "fuzz_import: no format \"%s\"\n", id.constData());
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size);
    if (!chosenFormat) {
        check(twofold::Importer::read(input.file, input.password));
        return 0;
    }
    const twofold::ImportInput file(input.file);
    const auto protection = chosenFormat->detect(file);
    if (!protection)
        return 0;
    // As Importer::read(): a protected file's reader only ever runs with a password.
    if (*protection == twofold::ImportFormat::Protection::Password && input.password.isEmpty())
        return 0;
    check(chosenFormat->read(file, input.password));
    return 0;
}
