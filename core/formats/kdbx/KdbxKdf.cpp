// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxKdf.h"

#include "crypto/AesKdf.h"
#include "crypto/Argon2.h"
#include "formats/KdfBudget.h"
#include "formats/kdbx/KdbxError.h"
#include "formats/kdbx/KdbxVariantMap.h"

namespace twofold {

namespace {

const QByteArray aesKdf3Uuid = QByteArray::fromHex("c9d9f39a628a4460bf740d08c18a4fea");
const QByteArray aesKdf4Uuid = QByteArray::fromHex("7c02bb8279a74ac0927d114a00648238");
const QByteArray argon2dUuid = QByteArray::fromHex("ef636ddf8c29444b91f7a9a403e30a0c");
const QByteArray argon2idUuid = QByteArray::fromHex("9e298b1956db4773b23dfc3ec6f0a1e6");

// About 64 AES-KDF rounds (two AES-256 blocks each, one after another) per unit of about 2 µs.
constexpr quint64 aesRoundsPerUnit = 64;
constexpr quint64 maxArgon2MemoryBytes = 1ull << 30; // as KdfParameters: 1 GiB
constexpr quint32 maxLanes = 256;                    // KeePassXC sets one lane per CPU thread
constexpr qsizetype maxSaltBytes = 1024;

} // namespace

Expected<KdbxKdf> KdbxKdf::aesKdf3(const KdbxVariantMap &map)
{
    KdbxKdf kdf;
    kdf.m_algorithm = Algorithm::AesKdf;
    kdf.m_seed = map.bytes("S").value_or(QByteArray());
    kdf.m_rounds = map.uint64("R").value_or(0);
    return kdf.checked();
}

Expected<KdbxKdf> KdbxKdf::fromParameters(const KdbxVariantMap &map)
{
    const auto uuid = map.bytes("$UUID");
    if (!uuid)
        return KdbxError::damaged("kdf parameters");
    if (*uuid == aesKdf3Uuid || *uuid == aesKdf4Uuid)
        return aesKdf3(map);
    KdbxKdf kdf;
    if (*uuid == argon2dUuid)
        kdf.m_algorithm = Algorithm::Argon2d;
    else if (*uuid == argon2idUuid)
        kdf.m_algorithm = Algorithm::Argon2id;
    else
        return KdbxError::unsupported(ErrorReason::Kdf, QString::fromLatin1(uuid->toHex()));
    const auto salt = map.bytes("S");
    const auto lanes = map.uint32("P");
    const auto memory = map.uint64("M");
    const auto iterations = map.uint64("I");
    const auto version = map.uint32("V");
    if (!salt || !lanes || !memory || !iterations || !version)
        return KdbxError::damaged("kdf parameters");
    kdf.m_seed = *salt;
    kdf.m_lanes = *lanes;
    kdf.m_memoryBytes = *memory;
    kdf.m_rounds = *iterations;
    kdf.m_version = *version;
    kdf.m_secret = map.bytes("K").value_or(QByteArray());
    kdf.m_associatedData = map.bytes("A").value_or(QByteArray());
    return kdf.checked();
}

Expected<KdbxKdf> KdbxKdf::checked() const
{
    if (m_rounds == 0)
        return KdbxError::damaged("kdf rounds");
    if (m_algorithm == Algorithm::AesKdf) {
        if (m_seed.size() != AesKdf::seedSize)
            return KdbxError::damaged("kdf seed");
    } else {
        if (m_seed.size() < 8 || m_seed.size() > maxSaltBytes || m_secret.size() > maxSaltBytes ||
            m_associatedData.size() > maxSaltBytes)
            return KdbxError::damaged("kdf salt");
        if (m_lanes < 1 || m_lanes > maxLanes)
            return KdbxError::damaged("kdf lanes");
        if (m_version != 0x10 && m_version != 0x13)
            return KdbxError::unsupported(ErrorReason::Kdf,
                                          QStringLiteral("argon2 version %1").arg(m_version));
        // Argon2 needs at least 8 KiB per lane.
        if (m_memoryBytes < 8 * 1024 * quint64(m_lanes) || m_memoryBytes % 1024 != 0)
            return KdbxError::damaged("kdf memory");
        if (m_memoryBytes > maxArgon2MemoryBytes || m_rounds > 0xffffffffu)
            return KdbxError::kdfTooCostly();
    }
    if (const auto within = KdfBudget::check(KdbxError::formatId(), 1, work()); !within)
        return std::unexpected(within.error());
    return *this;
}

quint64 KdbxKdf::work() const
{
    if (m_algorithm == Algorithm::AesKdf)
        return m_rounds / aesRoundsPerUnit + 1;
    return KdfBudget::argon2(m_memoryBytes / 1024, m_rounds);
}

Expected<SecureBytes> KdbxKdf::derive(const SecureBytes &compositeKey) const
{
    if (m_algorithm == Algorithm::AesKdf)
        return AesKdf::derive(compositeKey, m_seed, m_rounds);
    Argon2::Parameters parameters;
    parameters.variant = m_algorithm == Algorithm::Argon2d ? Argon2::Variant::D : Argon2::Variant::Id;
    parameters.version = m_version;
    parameters.salt = m_seed;
    parameters.secret = m_secret;
    parameters.associatedData = m_associatedData;
    parameters.iterations = quint32(m_rounds);
    parameters.memoryKiB = quint32(m_memoryBytes / 1024);
    parameters.lanes = m_lanes;
    return Argon2::derive(parameters, compositeKey, 32);
}

} // namespace twofold
