#include "crypto/Aead.h"

namespace twofold {

namespace {
const QString cipherName = QStringLiteral("aes256");

Expected<void> checkInputs(const SecureBytes &key, QByteArrayView nonce)
{
    if (!QCA::isSupported("aes256-gcm"))
        return fail(ErrorCode::CryptoProviderMissing, QStringLiteral("aes256-gcm"));
    if (key.size() != Aead::keySize || nonce.size() != Aead::nonceSize)
        return fail(ErrorCode::InvalidKey);
    return {};
}
} // namespace

Expected<QByteArray> Aead::seal(const SecureBytes &key, QByteArrayView nonce, const SecureBytes &plaintext)
{
    if (const auto ok = checkInputs(key, nonce); !ok)
        return std::unexpected(ok.error());
    QCA::Cipher cipher(cipherName, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(nonce.toByteArray()),
                       QCA::AuthTag(tagSize));
    QCA::SecureArray out = cipher.update(plaintext);
    out.append(cipher.final());
    const QCA::AuthTag tag = cipher.tag();
    if (!cipher.ok() || tag.size() != tagSize)
        return fail(ErrorCode::AuthenticationFailed);
    return out.toByteArray() + tag.toByteArray();
}

Expected<SecureBytes> Aead::open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed)
{
    if (const auto ok = checkInputs(key, nonce); !ok)
        return std::unexpected(ok.error());
    if (sealed.size() < tagSize)
        return fail(ErrorCode::AuthenticationFailed);
    const QByteArrayView body = sealed.first(sealed.size() - tagSize);
    QCA::Cipher cipher(cipherName, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(nonce.toByteArray()),
                       QCA::AuthTag(sealed.last(tagSize).toByteArray()));
    SecureBytes out = cipher.update(QCA::MemoryRegion(body.toByteArray()));
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed);
    out.append(cipher.final());
    if (!cipher.ok())
        return fail(ErrorCode::AuthenticationFailed); // out is wiped when it goes out of scope
    return out;
}

} // namespace twofold
