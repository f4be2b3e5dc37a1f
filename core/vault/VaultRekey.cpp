// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultRekey.h"

#include "vault/VaultFile.h"
#include "vault/VaultOpener.h"
#include "vault/VaultWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace twofold {

VaultRekey::Kdf VaultRekey::kdfFor(const VaultKeys &current, const KdfParameters &defaults, QByteArray salt)
{
    Kdf chosen{defaults, true};
    const auto slot = std::ranges::find(current.unlockSlots, VaultSlot::Type::Password, &VaultSlot::type);
    if (slot != current.unlockSlots.cend() && slot->kdf.algorithm == KdfParameters::Algorithm::Argon2id &&
        defaults.algorithm == KdfParameters::Algorithm::Argon2id) {
        const KdfParameters &stored = slot->kdf;
        chosen.parameters = stored;
        chosen.parameters.memoryKiB = std::max(stored.memoryKiB, defaults.memoryKiB);
        chosen.parameters.iterations = std::max(stored.iterations, defaults.iterations);
        chosen.parameters.lanes = std::max(stored.lanes, defaults.lanes);
        chosen.raised = stored.memoryKiB < defaults.memoryKiB || stored.iterations < defaults.iterations ||
                        stored.lanes < defaults.lanes;
    }
    chosen.parameters.salt = std::move(salt);
    return chosen;
}

Expected<VaultKeys> VaultRekey::rekey(const VaultKeys &current, const SecureBytes &currentPassword,
                                      const SecureBytes &newPassword, const KdfParameters &kdf,
                                      RandomSource &random)
{
    if (newPassword.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    if (auto checked = current.checkPassword(currentPassword); !checked)
        return std::unexpected(checked.error());
    return VaultKeys::create(newPassword, kdf, random);
}

Expected<VaultRekey::Backups> VaultRekey::reencryptBackups(const QStringList &paths,
                                                           const SecureBytes &oldDataKey,
                                                           const VaultKeys &keys, RandomSource &random)
{
    Backups result;
    for (const QString &path : paths) {
        const auto bytes = VaultOpener::read(path);
        if (!bytes && bytes.error().code == ErrorCode::VaultNotFound)
            continue; // pruned by a save meanwhile
        if (!bytes)
            return std::unexpected(bytes.error());
        if (VaultOpener::decryptBytes(*bytes, keys.dataKey)) {
            ++result.reencrypted;
            continue;
        }
        const auto contents = VaultOpener::decryptBytes(*bytes, oldDataKey);
        if (!contents) {
            result.unopened << path;
            continue;
        }
        const auto rewritten = VaultFile::write(*contents, keys, random);
        if (!rewritten)
            return std::unexpected(rewritten.error());
        // A backup keeps its time: the backup reminder and people sorting by date go by it.
        const QDateTime made = QFileInfo(path).lastModified(QTimeZone::UTC);
        if (auto written = VaultWriter::write(path, *rewritten, *contents, keys.dataKey);
            !written && written.error().code != ErrorCode::SavedNotDurable)
            return std::unexpected(written.error());
        if (QFile rewrittenFile(path); rewrittenFile.open(QIODevice::ReadOnly))
            rewrittenFile.setFileTime(made, QFileDevice::FileModificationTime);
        ++result.reencrypted;
    }
    return result;
}

} // namespace twofold
