// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the parts of the KeePass reader behind its key derivation, which mutations of a whole database
// (import-keepassxc) reach only through the header's HMAC. The first byte picks the part: 'h' the outer
// header, 'x' the decrypted XML (with a ChaCha20 inner stream), 'k' a key file, 'z' gzip. No crash, no hang,
// no accepted account without a secret.
#include "FuzzSupport.h"
#include "formats/kdbx/GzipReader.h"
#include "formats/kdbx/KdbxCompositeKey.h"
#include "formats/kdbx/KdbxHeader.h"
#include "formats/kdbx/KdbxXmlReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    twofoldFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0]) {
    case 'h':
        (void)twofold::KdbxHeader::parse(bytes);
        break;
    case 'x': {
        const auto result = twofold::KdbxXmlReader::read(twofold::SecureBytes(bytes), 3,
                                                         twofold::SecureBytes(QByteArray(32, 'k')));
        if (result) {
            for (const twofold::ImportedAccount &account : result->accounts) {
                if (account.otp.secret().isEmpty())
                    std::abort();
            }
        }
        break;
    }
    case 'k':
        (void)twofold::KdbxCompositeKey::make(twofold::SecureBytes(QByteArray("password")),
                                              twofold::SecureBytes(bytes));
        break;
    case 'z':
        (void)twofold::GzipReader::inflate(bytes, 1024 * 1024);
        break;
    default:
        break;
    }
    return 0;
}
