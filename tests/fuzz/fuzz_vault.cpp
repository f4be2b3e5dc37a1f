// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the vault's payload reader behind authentication. Each input is sealed as the payload of a
// vault whose envelope VaultFile::write made under a fixed data key (no KDF: a keyring slot with a fixed
// key), with the magic and header lines as associated data, after the header binding that the reader
// checks first; so every input authenticates and reaches the record layout, the metadata JSON and each
// account's fields. fuzz_vaultfile covers the envelope.
#include "FuzzSupport.h"
#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "vault/VaultFile.h"

#include <cstdio>
#include <cstdlib>

namespace {

using twofold::SecureBytes;

class FixedRandom : public twofold::RandomSource
{
public:
    SecureBytes bytes(int count) override { return SecureBytes(QByteArray(count, '\x5a')); }
};

struct Template
{
    SecureBytes dataKey{QByteArray(twofold::Aead::keySize, 'd')};
    SecureBytes slotKey{QByteArray(twofold::Aead::keySize, 's')};
    QByteArray nonce = QByteArray(twofold::Aead::nonceSize, '\x5a');
    QByteArray head;      // magic and header lines
    SecureBytes binding;  // the payload's bytes before its first record
    QByteArray emptyTail; // the records of an empty vault, as write() made them

    [[noreturn]] static void broken(const char *what)
    {
        std::fprintf(stderr, "fuzz_vault: the vault layout changed (%s); update this target\n", what);
        std::abort();
    }

    Template()
    {
        FixedRandom random;
        twofold::VaultKeys keys{dataKey, {}};
        if (!keys.setKeyringSlot(QStringLiteral("fuzz"), slotKey, random))
            broken("keyring slot");
        const auto file = twofold::VaultFile::write({}, keys, random);
        if (!file)
            broken("write");
        const qsizetype headEnd = file->indexOf('\n', file->indexOf('\n') + 1) + 1;
        head = file->first(headEnd);
        const qsizetype payloadEnd = file->indexOf('\n', headEnd);
        const auto sealed = twofold::Aead::open(
            dataKey, nonce, QByteArray::fromBase64(file->sliced(headEnd, payloadEnd - headEnd)), head);
        if (!sealed)
            broken("payload nonce or key");
        // The first record is the length-prefixed metadata JSON of an empty vault.
        const QByteArray plain = sealed->toByteArray();
        const qsizetype meta = plain.indexOf(R"({"deleted":[])") - 4;
        if (meta < 0)
            broken("metadata record");
        binding = SecureBytes(plain.first(meta));
        emptyTail = plain.sliced(meta);
    }

    QByteArray seal(QByteArrayView records) const
    {
        SecureBytes plaintext = binding;
        plaintext.append(SecureBytes(records.toByteArray()));
        const auto sealed = twofold::Aead::seal(dataKey, nonce, plaintext, head);
        if (!sealed)
            broken("seal");
        QByteArray file = head + sealed->toBase64() + '\n';
        file += "sha256:" + twofold::Digest::sha256(file).toHex() + '\n';
        return file;
    }

    twofold::Expected<twofold::VaultContents> open(QByteArrayView records) const
    {
        const auto file = twofold::VaultFile::parse(seal(records));
        if (!file)
            broken("envelope");
        const auto keys = file->unlockWithKeyring(slotKey);
        if (!keys)
            broken("keyring slot");
        return file->decrypt(keys->dataKey);
    }
};

const Template &vault()
{
    static const Template instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    twofoldFuzzInit();
    // The sealing must match the reader: an empty vault's own records open again.
    const auto empty = vault().open(vault().emptyTail);
    if (!empty || !empty->entries.isEmpty())
        Template::broken("empty vault does not open");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto contents = vault().open(QByteArrayView(data, qsizetype(size)));
    if (!contents)
        return 0;
    for (const twofold::VaultEntry &entry : contents->entries) {
        if (entry.account.has_value() == entry.problem.has_value())
            std::abort();
    }
    return 0;
}
