// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/HashAlgorithm.h"
#include "crypto/KdfParameters.h"

namespace twofold {

// How much key derivation one foreign file may ask for. A file chooses its own KDF costs and its own number
// of password slots, each tried in turn; each cost alone is bounded (KdfParameters::validate), but sixteen
// slots at the bounds would still run for an hour. So a file's planned derivations are added up and checked
// together before the first one runs, and a file over the budget is refused at once.
//
// Work is counted in units of about one Argon2 pass over 1 KiB (~2 µs on the CI machine): Argon2 memory in
// KiB × passes, scrypt's two passes over 128·N·r bytes for each p, PBKDF2's HMAC iterations at a quarter
// unit each (half for SHA-512). Pure functions, thread-safe.
class KdfBudget
{
public:
    // Alternative password slots tried per file (Aegis, a Twofold vault).
    static constexpr qsizetype maxSlots = 16;
    // The costliest setting a supported app offers: Bitwarden's Argon2id at 1 GiB and 10 passes (~20 s).
    // Ente's sensitive preset (1 GiB × 4) and Aegis's scrypt slots fit with room to spare.
    static constexpr quint64 maxWork = 10ull * 1024 * 1024;

    static quint64 work(const KdfParameters &kdf, int length = 32);
    static quint64 pbkdf2(HashAlgorithm digest, quint64 iterations, int length);
    static quint64 argon2(quint64 memoryKiB, quint64 passes);
    // a + b and work × times, saturating: costs read from a file must not wrap around to a small number.
    static quint64 sum(quint64 a, quint64 b);
    static quint64 repeated(quint64 work, quint64 times);

    // Checks a file's planned derivations before any runs: `slotCount` alternatives, `totalWork` together.
    // Errors: ImportTooManySlots (detail: the slot count), ImportKdfTooCostly.
    [[nodiscard]] static Expected<void> check(const QString &formatId, qsizetype slotCount,
                                              quint64 totalWork);
};

} // namespace twofold
