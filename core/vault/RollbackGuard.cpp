// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RollbackGuard.h"

#include "storage/AtomicFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(logRollback, "twofold.vault")

constexpr qsizetype maxStateSize = 1024 * 1024;
const QString vaultsKey = QStringLiteral("vaults");

// The key for a vault: its canonical path, so a symlink and its target share one record.
QString keyFor(const QString &vaultPath)
{
    const QFileInfo info(vaultPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

quint64 number(const QJsonValue &value)
{
    const double n = value.toDouble(0);
    return n > 0 && n <= 9007199254740992.0 ? quint64(n) : 0;
}

QJsonObject load(const QString &file)
{
    const auto bytes = AtomicFile::read(file, maxStateSize);
    if (!bytes)
        return {}; // none yet, or unreadable: nothing to compare with
    return QJsonDocument::fromJson(*bytes).object().value(vaultsKey).toObject();
}
} // namespace

RollbackGuard::RollbackGuard(QString stateFile)
    : m_stateFile(std::move(stateFile))
{}

QString RollbackGuard::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericStateLocation) +
           QStringLiteral("/twofold/generations.json");
}

RollbackGuard &RollbackGuard::system()
{
    static RollbackGuard guard(defaultStateFile());
    return guard;
}

quint64 RollbackGuard::seen(const QString &vaultPath) const
{
    const QMutexLocker locker(&m_mutex);
    return number(load(m_stateFile).value(keyFor(vaultPath)));
}

std::optional<RollbackGuard::Rollback> RollbackGuard::check(const QString &vaultPath, quint64 generation)
{
    const quint64 before = update(vaultPath, generation, Mode::Set);
    if (generation < before)
        return Rollback{before, generation};
    return std::nullopt;
}

void RollbackGuard::record(const QString &vaultPath, quint64 generation)
{
    update(vaultPath, generation, Mode::Raise);
}

void RollbackGuard::forget(const QString &vaultPath)
{
    update(vaultPath, 0, Mode::Remove);
}

quint64 RollbackGuard::update(const QString &vaultPath, quint64 generation, Mode mode)
{
    const QMutexLocker locker(&m_mutex);
    QJsonObject vaults = load(m_stateFile);
    const QString key = keyFor(vaultPath);
    const quint64 before = number(vaults.value(key));
    if (mode == Mode::Remove && !vaults.contains(key))
        return before;
    if (mode == Mode::Raise && generation <= before)
        return before;
    // Records of vaults that no longer exist (moved, deleted, temporary) are dropped, so the file stays
    // small.
    for (const QString &other : vaults.keys())
        if (other != key && !QFileInfo::exists(other))
            vaults.remove(other);
    if (mode == Mode::Remove)
        vaults.remove(key);
    else
        vaults.insert(key, double(generation));
    const QByteArray bytes = QJsonDocument(QJsonObject{{vaultsKey, vaults}}).toJson(QJsonDocument::Compact);
    // Advisory: a state file that cannot be written must not stop the vault from opening or saving.
    const auto written = AtomicFile::ensureDirectory(QFileInfo(m_stateFile).absolutePath()).and_then([&] {
        return AtomicFile::write(m_stateFile, bytes);
    });
    if (!written && written.error().code != ErrorCode::SavedNotDurable)
        qCWarning(logRollback) << "cannot record the vault generation in" << m_stateFile
                               << written.error().detail;
    return before;
}

} // namespace twofold
