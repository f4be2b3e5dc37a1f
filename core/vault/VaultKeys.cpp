// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultKeys.h"

#include "crypto/Aead.h"
#include "crypto/Kdf.h"

namespace twofold {

namespace {
Expected<VaultSlot> seal(VaultSlot slot, const SecureBytes &wrappingKey, const SecureBytes &dataKey,
                         RandomSource &random)
{
    slot.nonce = random.bytes(Aead::nonceSize).toByteArray();
    auto sealed = Aead::seal(wrappingKey, slot.nonce, dataKey);
    if (!sealed)
        return std::unexpected(sealed.error());
    slot.sealedKey = *sealed;
    return slot;
}
} // namespace

Expected<VaultKeys> VaultKeys::create(const SecureBytes &password, const KdfParameters &kdf,
                                      RandomSource &random)
{
    if (password.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    const auto wrappingKey = Kdf::derive(kdf, password, Aead::keySize);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    VaultKeys keys;
    keys.dataKey = random.bytes(Aead::keySize);
    VaultSlot slot;
    slot.type = VaultSlot::Type::Password;
    slot.kdf = kdf;
    auto sealed = seal(slot, *wrappingKey, keys.dataKey, random);
    if (!sealed)
        return std::unexpected(sealed.error());
    keys.unlockSlots.append(*sealed);
    return keys;
}

Expected<void> VaultKeys::setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey,
                                         RandomSource &random)
{
    VaultSlot slot;
    slot.type = VaultSlot::Type::Keyring;
    slot.keyringId = keyringId;
    auto sealed = seal(slot, slotKey, dataKey, random);
    if (!sealed)
        return std::unexpected(sealed.error());
    removeKeyringSlot();
    unlockSlots.append(*sealed);
    return {};
}

void VaultKeys::removeKeyringSlot()
{
    unlockSlots.removeIf([](const VaultSlot &slot) { return slot.type == VaultSlot::Type::Keyring; });
}

bool VaultKeys::hasKeyringSlot() const
{
    return std::ranges::any_of(unlockSlots,
                               [](const VaultSlot &slot) { return slot.type == VaultSlot::Type::Keyring; });
}

QString VaultKeys::keyringId() const
{
    for (const VaultSlot &slot : unlockSlots)
        if (slot.type == VaultSlot::Type::Keyring)
            return slot.keyringId;
    return {};
}

Expected<void> VaultKeys::checkPassword(const SecureBytes &password) const
{
    if (password.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    for (const VaultSlot &slot : unlockSlots) {
        if (slot.type != VaultSlot::Type::Password)
            continue;
        const auto wrappingKey = Kdf::derive(slot.kdf, password, Aead::keySize);
        if (!wrappingKey)
            return std::unexpected(wrappingKey.error());
        const auto opened = Aead::open(*wrappingKey, slot.nonce, slot.sealedKey);
        if (opened && *opened == dataKey)
            return {};
    }
    return fail(ErrorCode::VaultWrongPassword);
}

} // namespace twofold
