// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultOpener.h"

#include "crypto/Digest.h"
#include "storage/AtomicFile.h"

namespace twofold {

VaultOpener::Unlocker VaultOpener::withPassword(const SecureBytes &password)
{
    return [password](const VaultFile &file) { return file.unlock(password); };
}

VaultOpener::Unlocker VaultOpener::withKeyring(const SecureBytes &slotKey)
{
    return [slotKey](const VaultFile &file) { return file.unlockWithKeyring(slotKey); };
}

Expected<QByteArray> VaultOpener::read(const QString &path)
{
    return AtomicFile::read(path, VaultFile::maxFileSize);
}

Expected<VaultFile> VaultOpener::parse(const QString &path, QByteArray *bytes)
{
    auto content = VaultOpener::read(path);
    if (!content)
        return std::unexpected(content.error());
    auto file = VaultFile::parse(*content);
    if (bytes)
        *bytes = std::move(*content);
    return file;
}

Expected<VaultContents> VaultOpener::decryptBytes(QByteArrayView bytes, const SecureBytes &dataKey)
{
    return VaultFile::parse(bytes).and_then([&](const VaultFile &file) { return file.decrypt(dataKey); });
}

Expected<VaultContents> VaultOpener::decrypt(const QString &path, const SecureBytes &dataKey)
{
    return parse(path).and_then([&](const VaultFile &file) { return file.decrypt(dataKey); });
}

Expected<VaultOpener::Opened> VaultOpener::openBytes(QByteArrayView bytes, const Unlocker &unlockWith)
{
    const auto file = VaultFile::parse(bytes);
    if (!file)
        return std::unexpected(file.error());
    auto keys = unlockWith(*file);
    if (!keys)
        return std::unexpected(keys.error());
    auto contents = file->decrypt(keys->dataKey);
    if (!contents)
        return std::unexpected(contents.error());
    return Opened{std::move(*keys), std::move(*contents), Digest::sha256(bytes)};
}

Expected<VaultOpener::Opened> VaultOpener::open(const QString &path, const Unlocker &unlockWith)
{
    return read(path).and_then([&](const QByteArray &bytes) { return openBytes(bytes, unlockWith); });
}

QString VaultOpener::firstThatOpens(const QStringList &paths, const Unlocker &unlockWith)
{
    for (const QString &path : paths)
        if (open(path, unlockWith))
            return path;
    return {};
}

} // namespace twofold
