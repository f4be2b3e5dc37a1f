// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/KdfBudget.h"

#include <limits>

namespace twofold {

namespace {
constexpr quint64 saturated = std::numeric_limits<quint64>::max();

quint64 product(quint64 a, quint64 b)
{
    quint64 result = 0;
    return __builtin_mul_overflow(a, b, &result) ? saturated : result;
}

int hashLength(HashAlgorithm digest)
{
    switch (digest) {
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha512:
        return 64;
    }
    Q_UNREACHABLE();
}
} // namespace

quint64 KdfBudget::sum(quint64 a, quint64 b)
{
    return a > saturated - b ? saturated : a + b;
}

quint64 KdfBudget::repeated(quint64 work, quint64 times)
{
    return product(work, times);
}

quint64 KdfBudget::argon2(quint64 memoryKiB, quint64 passes)
{
    return product(memoryKiB, passes);
}

quint64 KdfBudget::pbkdf2(HashAlgorithm digest, quint64 iterations, int length)
{
    // One HMAC per iteration and output block; SHA-512's blocks cost about twice SHA-1's or SHA-256's.
    const quint64 blocks = quint64((qMax(length, 1) + hashLength(digest) - 1) / hashLength(digest));
    const quint64 quarters = product(product(iterations, blocks), digest == HashAlgorithm::Sha512 ? 2 : 1);
    return quarters / 4 + (quarters % 4 != 0);
}

quint64 KdfBudget::work(const KdfParameters &kdf, int length)
{
    switch (kdf.algorithm) {
    case KdfParameters::Algorithm::Argon2id:
        return argon2(kdf.memoryKiB, kdf.iterations);
    case KdfParameters::Algorithm::Scrypt:
        // 2 passes × 128·N·r bytes per p, in KiB.
        return product(product(kdf.scryptN, kdf.scryptR), kdf.scryptP) / 4;
    case KdfParameters::Algorithm::Pbkdf2Sha256:
        return pbkdf2(HashAlgorithm::Sha256, kdf.iterations, length);
    }
    return saturated;
}

Expected<void> KdfBudget::check(const QString &formatId, qsizetype slotCount, quint64 totalWork)
{
    if (slotCount > maxSlots)
        return failImport(ErrorCode::ImportTooManySlots, formatId, QString::number(slotCount));
    if (totalWork > maxWork)
        return failImport(ErrorCode::ImportKdfTooCostly, formatId);
    return {};
}

} // namespace twofold
