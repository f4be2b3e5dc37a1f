// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Aead.h"

#include "crypto/AesGcm.h"

namespace twofold {

static_assert(Aead::nonceSize == AesGcm::nonceSize && Aead::tagSize == AesGcm::tagSize);

Expected<QByteArray> Aead::seal(const SecureBytes &key, QByteArrayView nonce, const SecureBytes &plaintext,
                                QByteArrayView associatedData)
{
    if (key.size() != keySize)
        return fail(ErrorCode::InvalidKey);
    return AesGcm::seal(key, nonce, QByteArrayView(plaintext.constData(), plaintext.size()), associatedData);
}

Expected<SecureBytes> Aead::open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed,
                                 QByteArrayView associatedData)
{
    if (key.size() != keySize)
        return fail(ErrorCode::InvalidKey);
    return AesGcm::open(key, nonce, sealed, associatedData);
}

} // namespace twofold
