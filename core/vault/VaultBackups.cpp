// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultBackups.h"

#include "storage/AtomicFile.h"
#include "vault/VaultOpener.h"
#include "vault/VaultWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace twofold {

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
}

VaultBackups::VaultBackups(QString vaultPath, QString directory, int generations)
    : m_vaultPath(QFileInfo(vaultPath).absoluteFilePath())
    , m_directory(directory.isEmpty() ? QFileInfo(m_vaultPath).absolutePath() + QStringLiteral("/backups")
                                      : std::move(directory))
    , m_generations(generations)
{}

QStringList VaultBackups::list() const
{
    const QDir directory(m_directory);
    const QString pattern = QFileInfo(m_vaultPath).completeBaseName() + QStringLiteral("-*.twofold");
    QStringList result;
    for (const QString &name : directory.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed))
        result << directory.filePath(name);
    return result;
}

QDateTime VaultBackups::newestTime() const
{
    const QStringList all = list();
    return all.isEmpty() ? QDateTime() : QFileInfo(all.constFirst()).lastModified(QTimeZone::UTC);
}

std::optional<Error> VaultBackups::write(const QByteArray &bytes, const VaultContents &contents,
                                         const SecureBytes &dataKey, const QDateTime &now,
                                         FileSystemOps &fileSystem) const
{
    if (m_generations <= 0)
        return std::nullopt;
    if (auto ok = AtomicFile::ensureDirectory(m_directory); !ok)
        return ok.error();
    const QString name = QStringLiteral("%1-%2.twofold")
                             .arg(QFileInfo(m_vaultPath).completeBaseName(), now.toString(timeFormat));
    if (auto written =
            VaultWriter::write(m_directory + QLatin1Char('/') + name, bytes, contents, dataKey, fileSystem);
        !written)
        return written.error();
    const QStringList all = list();
    for (qsizetype i = m_generations; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return std::nullopt;
}

Expected<void> VaultBackups::restore(const QString &backupPath, const QDateTime &now) const
{
    QByteArray bytes;
    if (const auto file = VaultOpener::parse(backupPath, &bytes); !file)
        return std::unexpected(file.error());
    const QString damaged = m_vaultPath + QStringLiteral(".damaged-") + now.toString(timeFormat);
    if (QFileInfo::exists(m_vaultPath) && !QFile::rename(m_vaultPath, damaged))
        return fail(ErrorCode::IoError, m_vaultPath);
    return AtomicFile::write(m_vaultPath, bytes);
}

} // namespace twofold
