// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RescueSnapshots.h"

#include "vault/VaultFile.h"
#include "vault/VaultOpener.h"
#include "vault/VaultWriter.h"

#include <QDir>
#include <QFileInfo>

namespace twofold {

Expected<QString> RescueSnapshots::write(const VaultSaveJob &job)
{
    const VaultSaveJob::Snapshot &s = job.snapshot();
    if (s.keys.dataKey.isEmpty())
        return fail(ErrorCode::VaultLocked);
    const QFileInfo vault(s.path);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(s.options.clock->currentMSecs(), QTimeZone::UTC);
    const QString path = vault.absolutePath() + QLatin1Char('/') + vault.completeBaseName() +
                         QStringLiteral(".unsaved-") + now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) +
                         QStringLiteral(".twofold");
    const auto bytes = VaultFile::write(s.contents, s.keys, *s.options.random);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (auto written = VaultWriter::write(path, *bytes, s.contents, s.keys.dataKey, *s.options.fileSystem);
        !written && written.error().code != ErrorCode::SavedNotDurable)
        return std::unexpected(written.error());
    return path;
}

RescueSnapshots::Found RescueSnapshots::find(const QString &vaultPath, const SecureBytes &dataKey)
{
    Found found;
    const QFileInfo vault(vaultPath);
    const QDir directory = vault.absoluteDir();
    const QStringList names = directory.entryList(
        {vault.completeBaseName() + QStringLiteral(".unsaved-*.twofold")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = directory.filePath(name);
        auto contents = VaultOpener::decrypt(path, dataKey);
        if (!contents) {
            found.unopened << path;
            continue;
        }
        found.contents << std::move(*contents);
        found.opened << path;
    }
    return found;
}

} // namespace twofold
