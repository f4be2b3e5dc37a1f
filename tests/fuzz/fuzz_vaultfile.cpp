// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the vault reader on arbitrary bytes. Parsing checks the envelope without a password;
// decrypting with a fixed key exercises the payload reader on whatever authenticates. No crash, no hang.
#include "FuzzSupport.h"
#include "vault/VaultFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const auto file = twofold::VaultFile::parse(QByteArrayView(data, qsizetype(size)));
    if (!file)
        return 0;
    (void)file->unlockWithKeyring(twofold::SecureBytes(QByteArray(32, 'k')));
    (void)file->decrypt(twofold::SecureBytes(QByteArray(32, 'k')));
    return 0;
}
