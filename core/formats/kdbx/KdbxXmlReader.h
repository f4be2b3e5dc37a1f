// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "crypto/StreamCipher.h"
#include "transfer/ImportResult.h"

namespace twofold {

// A KeePass database's decrypted XML into accounts: the entries with a TOTP secret, outside the recycle bin
// and not in an entry's history. Every protected value is decrypted in document order, as the inner stream
// requires, but only the ones an account needs are kept. A DTD is refused (no entity expansion), and more
// than ImportLimits::maxEntries entries is ImportTooLarge ("entries").
class KdbxXmlReader
{
public:
    // Errors: ImportDamaged ("xml"), ImportTooLarge, ImportUnsupported (an inner stream other than
    // Salsa20/ChaCha20).
    [[nodiscard]] static Expected<ImportResult> read(const SecureBytes &xml, quint32 innerStreamId,
                                                     const SecureBytes &innerStreamKey);

    // The cipher of the protected values: 2 Salsa20 (KDBX 3.1), 3 ChaCha20 (KDBX 4).
    [[nodiscard]] static Expected<StreamCipher> innerStream(quint32 id, const SecureBytes &key);
};

} // namespace twofold
