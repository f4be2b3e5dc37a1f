// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultStore.h"

#include "clock/TimeCorrection.h"
#include "crypto/ConstantTime.h"
#include "crypto/Digest.h"
#include "storage/AtomicFile.h"
#include "storage/FileLock.h"
#include "vault/VaultFile.h"
#include "vault/VaultMerge.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>
#include <sys/stat.h>

namespace twofold {

namespace {
constexpr int lockTimeoutMs = 5000;

bool sameEntries(const VaultContents &a, const VaultContents &b)
{
    if (a.entries.size() != b.entries.size() || a.deleted != b.deleted)
        return false;
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const VaultEntry &x = a.entries.at(i);
        const VaultEntry &y = b.entries.at(i);
        if (x.account != y.account || !ConstantTime::equal(x.secret, y.secret) ||
            (!x.account && x.storedMetadata != y.storedMetadata))
            return false;
    }
    return true;
}
} // namespace

VaultStore::VaultStore(QString path)
    : VaultStore(std::move(path), Options())
{}

VaultStore::VaultStore(QString path, Options options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_options(options)
{}

VaultStore::~VaultStore()
{
    lock();
}

QString VaultStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/twofold/vault.twofold");
}

QString VaultStore::backupDirectory() const
{
    return m_options.backupDirectory.isEmpty() ? backupDirectoryFor(m_path) : m_options.backupDirectory;
}

void VaultStore::setBackupPolicy(const QString &directory, int generations)
{
    m_options.backupDirectory = directory;
    m_options.backupGenerations = generations;
}

QDateTime VaultStore::newestBackupTime() const
{
    const QStringList all = backups();
    return all.isEmpty() ? QDateTime() : QFileInfo(all.constFirst()).lastModified(QTimeZone::UTC);
}

QString VaultStore::backupDirectoryFor(const QString &vaultPath)
{
    return QFileInfo(vaultPath).absolutePath() + QStringLiteral("/backups");
}

bool VaultStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QDateTime VaultStore::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_options.clock->currentMSecs(), QTimeZone::UTC);
}

Expected<void> VaultStore::create(const SecureBytes &password, const KdfParameters &kdf)
{
    if (exists())
        return fail(ErrorCode::VaultAlreadyExists, m_path);
    auto keys = VaultKeys::create(password, kdf, *m_options.random);
    if (!keys)
        return std::unexpected(keys.error());
    if (auto adopted = adoptNew(std::move(*keys)); !adopted)
        return adopted;
    if (auto saved = save(); !saved) {
        lock();
        return saved;
    }
    return {};
}

Expected<VaultStore::Opened> VaultStore::read(const QString &path, const Unlocker &unlockWith)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    if (!bytes)
        return std::unexpected(bytes.error());
    const auto file = VaultFile::parse(*bytes);
    if (!file)
        return std::unexpected(file.error());
    auto keys = unlockWith(*file);
    if (!keys)
        return std::unexpected(keys.error());
    auto contents = file->decrypt(keys->dataKey);
    if (!contents)
        return std::unexpected(contents.error());
    return Opened{std::move(*keys), std::move(*contents), Digest::sha256(*bytes)};
}

void VaultStore::adopt(Opened opened)
{
    lock();
    m_keys = std::move(opened.keys);
    m_contents = std::move(opened.contents);
    m_diskDigest = std::move(opened.diskDigest);
    if (m_options.rollback)
        m_rollback = m_options.rollback->check(m_path, m_contents.generation);
}

Expected<void> VaultStore::adoptNew(VaultKeys keys)
{
    if (exists())
        return fail(ErrorCode::VaultAlreadyExists, m_path);
    lock();
    m_keys = std::move(keys);
    touch();
    return {};
}

Expected<void> VaultStore::unlock(const SecureBytes &password)
{
    auto opened = read(m_path, [&](const VaultFile &file) { return file.unlock(password); });
    if (!opened)
        return std::unexpected(opened.error());
    adopt(std::move(*opened));
    return {};
}

Expected<void> VaultStore::unlockWithKeyring(const SecureBytes &slotKey)
{
    auto opened = read(m_path, [&](const VaultFile &file) { return file.unlockWithKeyring(slotKey); });
    if (!opened)
        return std::unexpected(opened.error());
    adopt(std::move(*opened));
    return {};
}

void VaultStore::lock()
{
    m_keys.reset();
    m_contents = {};
    m_diskDigest.clear();
    m_pendingDiskKey.clear();
    m_lastRemoved.reset();
    m_recoveredFiles.clear();
    m_rollback.reset();
    m_dirty = false;
}

void VaultStore::touch()
{
    m_dirty = true;
    ++m_generation;
}

QList<Account> VaultStore::accounts() const
{
    QList<Account> result;
    for (const VaultEntry &entry : m_contents.entries)
        if (entry.account)
            result.append(*entry.account);
    return result;
}

QList<Error> VaultStore::entriesNeedingAttention() const
{
    QList<Error> result;
    for (const VaultEntry &entry : m_contents.entries)
        if (entry.problem)
            result.append(*entry.problem);
    return result;
}

std::optional<Account> VaultStore::account(const QUuid &uuid) const
{
    const qsizetype index = m_contents.indexOf(uuid);
    return index < 0 ? std::nullopt : m_contents.entries.at(index).account;
}

Expected<QString> VaultStore::code(const QUuid &uuid, qint64 unixTime, OtpGenerator::Step step) const
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
    const VaultEntry &entry = m_contents.entries.at(index);
    return OtpGenerator::code(entry.secret, entry.account->parameters, unixTime, step);
}

qint64 VaultStore::timeCorrection() const
{
    return TimeCorrection::read(m_contents.unknownFields);
}

Expected<void> VaultStore::setTimeCorrection(qint64 seconds)
{
    if (!m_keys)
        return fail(ErrorCode::VaultLocked);
    if (!TimeCorrection::write(m_contents.unknownFields, seconds))
        return fail(ErrorCode::TimeOutOfRange, QString::number(seconds));
    touch();
    return {};
}

QList<ExportAccount> VaultStore::exportAccounts() const
{
    QList<ExportAccount> out;
    for (const VaultEntry &entry : m_contents.entries) {
        if (!entry.account)
            continue;
        const Account &account = *entry.account;
        // Stored accounts passed the validator when they were loaded, so this cannot fail.
        auto otp = OtpAuthUri::create(account.issuer, account.name, entry.secret, account.parameters);
        if (otp)
            out.append({std::move(*otp), account.tags, account.note, account.favourite, account.uuid});
    }
    return out;
}

std::optional<QUuid> VaultStore::findDuplicate(const OtpAuthUri &uri) const
{
    for (const VaultEntry &entry : m_contents.entries)
        if (entry.account && ConstantTime::equal(entry.secret, uri.secret()) &&
            entry.account->parameters.type() == uri.parameters().type())
            return entry.account->uuid;
    return std::nullopt;
}

Expected<Account> VaultStore::add(const OtpAuthUri &uri)
{
    return add(ImportedAccount{uri, {}, {}, false});
}

Expected<Account> VaultStore::add(const ImportedAccount &imported)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    Account account;
    account.uuid = QUuid::createUuid();
    account.issuer = imported.otp.issuer();
    account.name = imported.otp.name();
    account.parameters = imported.otp.parameters();
    account.tags = imported.tags;
    account.note = imported.note;
    account.favourite = imported.favourite;
    account.created = account.modified = now();
    m_contents.entries.append({account, {}, imported.otp.secret(), std::nullopt});
    touch();
    return account;
}

Expected<void> VaultStore::update(Account account)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(account.uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, account.uuid.toString(QUuid::WithoutBraces));
    VaultEntry &entry = m_contents.entries[index];
    // The same validator as every other entry path.
    const auto valid = OtpAuthUri::create(account.issuer, account.name, entry.secret, account.parameters);
    if (!valid)
        return std::unexpected(valid.error());
    account.issuer = valid->issuer();
    account.name = valid->name();
    account.created = entry.account->created;
    account.modified = now();
    entry.account = std::move(account);
    touch();
    return {};
}

Expected<void> VaultStore::recordUse(const QUuid &uuid)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
    Account &account = *m_contents.entries[index].account;
    account.lastUsed = now();
    ++account.usageCount;
    touch();
    return {};
}

Expected<void> VaultStore::remove(const QUuid &uuid)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
    m_lastRemoved = m_contents.entries.takeAt(index);
    m_contents.deleted.append({uuid, now()});
    touch();
    return {};
}

Expected<void> VaultStore::reorder(const QList<QUuid> &order)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    QHash<QUuid, qsizetype> indexes; // one pass, so 10,000 accounts reorder at once
    for (qsizetype i = 0; i < m_contents.entries.size(); ++i)
        if (const auto &account = m_contents.entries.at(i).account)
            indexes.insert(account->uuid, i);
    QList<qsizetype> places;
    for (const QUuid &uuid : order) {
        const auto found = indexes.constFind(uuid);
        if (found == indexes.cend())
            return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
        places.append(*found);
        indexes.erase(found); // a uuid listed twice is not found the second time
    }
    QList<VaultEntry> moved;
    for (const qsizetype index : places)
        moved.append(m_contents.entries.at(index));
    std::ranges::sort(places);
    for (qsizetype i = 0; i < places.size(); ++i)
        m_contents.entries[places.at(i)] = std::move(moved[i]);
    touch();
    return {};
}

Expected<Account> VaultStore::undoRemove()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (!m_lastRemoved)
        return fail(ErrorCode::AccountNotFound);
    VaultEntry entry = std::move(*m_lastRemoved);
    m_lastRemoved.reset();
    if (m_contents.indexOf(entry.account->uuid) >= 0)
        return *m_contents.entries.at(m_contents.indexOf(entry.account->uuid))
                    .account;        // merged back meanwhile
    entry.account->modified = now(); // newer than the tombstone, so a merge keeps it
    m_contents.deleted.removeIf(
        [&](const Tombstone &tombstone) { return tombstone.uuid == entry.account->uuid; });
    const Account account = *entry.account;
    m_contents.entries.append(std::move(entry));
    touch();
    return account;
}

Expected<void> VaultStore::changePassword(const SecureBytes &newPassword, const KdfParameters &kdf)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    auto keys = VaultKeys::create(newPassword, kdf, *m_options.random);
    if (!keys)
        return std::unexpected(keys.error());
    return changeKeys(std::move(*keys));
}

Expected<void> VaultStore::changeKeys(VaultKeys keys)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (m_pendingDiskKey.isEmpty())
        m_pendingDiskKey = m_keys->dataKey; // still needed to read the current file when merging
    m_keys = std::move(keys);
    touch();
    return {};
}

Expected<void> VaultStore::setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (auto ok = m_keys->setKeyringSlot(keyringId, slotKey, *m_options.random); !ok)
        return ok;
    touch();
    return {};
}

Expected<void> VaultStore::removeKeyringSlot()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    m_keys->removeKeyringSlot();
    touch();
    return {};
}

Expected<QString> VaultStore::keyringSlotId() const
{
    const auto bytes = AtomicFile::read(m_path, VaultFile::maxFileSize);
    if (!bytes)
        return std::unexpected(bytes.error());
    return VaultFile::parse(*bytes).transform([](const VaultFile &file) { return file.keyringId(); });
}

VaultStore::SaveJob VaultStore::prepareSave() const
{
    SaveJob job;
    job.m_path = m_path;
    job.m_options = m_options;
    if (m_keys)
        job.m_keys = *m_keys;
    job.m_contents = m_contents;
    job.m_diskDigest = m_diskDigest;
    job.m_diskKey = m_pendingDiskKey.isEmpty() && m_keys ? m_keys->dataKey : m_pendingDiskKey;
    job.m_generation = m_generation;
    return job;
}

Expected<void> VaultStore::SaveJob::mergeChangesOnDisk(VaultContents &contents, bool &merged) const
{
    const auto bytes = AtomicFile::read(m_path, VaultFile::maxFileSize);
    if (!bytes) {
        // Gone (first save, or removed by hand): there is nothing to merge with.
        if (bytes.error().code == ErrorCode::VaultNotFound)
            return {};
        return std::unexpected(bytes.error());
    }
    if (Digest::sha256(*bytes) == m_diskDigest)
        return {};
    const auto file = VaultFile::parse(*bytes);
    if (!file)
        return std::unexpected(file.error());
    // After a password change the file on disk still uses the old key, unless our own save renamed it
    // into place and only the directory sync failed; try both before concluding another writer re-keyed.
    auto theirs = file->decrypt(m_diskKey);
    if (!theirs)
        theirs = file->decrypt(m_keys.dataKey);
    if (!theirs)
        return fail(ErrorCode::VaultChangedOnDisk);
    contents = VaultMerge::merge(contents, *theirs);
    merged = true;
    return {};
}

Expected<void> VaultStore::SaveJob::writeVerified(const QString &path, const QByteArray &bytes,
                                                  const VaultContents &contents) const
{
    const auto verify = [&](const QString &tempPath) -> Expected<void> {
        const auto written = AtomicFile::read(tempPath, VaultFile::maxFileSize);
        if (!written || *written != bytes)
            return fail(ErrorCode::VerifyFailed, path);
        const auto file = VaultFile::parse(*written);
        const auto reread =
            file ? file->decrypt(m_keys.dataKey) : Expected<VaultContents>(std::unexpected(file.error()));
        if (!reread || !sameEntries(*reread, contents))
            return fail(ErrorCode::VerifyFailed, path);
        return {};
    };
    return AtomicFile::write(path, bytes, verify, *m_options.fileSystem);
}

std::optional<Error> VaultStore::SaveJob::writeBackup(const QByteArray &bytes,
                                                      const VaultContents &contents) const
{
    if (m_options.backupGenerations <= 0)
        return std::nullopt;
    const QString directory =
        m_options.backupDirectory.isEmpty() ? backupDirectoryFor(m_path) : m_options.backupDirectory;
    if (auto ok = AtomicFile::ensureDirectory(directory); !ok)
        return ok.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_options.clock->currentMSecs(), QTimeZone::UTC);
    const QString name =
        QStringLiteral("%1-%2.twofold")
            .arg(QFileInfo(m_path).completeBaseName(), now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")));
    if (auto written = writeVerified(directory + QLatin1Char('/') + name, bytes, contents); !written)
        return written.error();
    const QStringList all = backupsIn(directory, m_path);
    for (qsizetype i = m_options.backupGenerations; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return std::nullopt;
}

Expected<VaultStore::SaveResult> VaultStore::SaveJob::run() const
{
    if (m_keys.dataKey.isEmpty())
        return fail(ErrorCode::VaultLocked);
    if (auto directory = AtomicFile::ensureDirectory(QFileInfo(m_path).absolutePath()); !directory)
        return std::unexpected(directory.error());

    FileLock lock;
    if (auto locked = lock.lock(m_path + QStringLiteral(".lock"), lockTimeoutMs); !locked)
        return std::unexpected(locked.error());

    SaveResult result;
    result.written = m_contents;
    if (auto merged = mergeChangesOnDisk(result.written, result.merged); !merged)
        return std::unexpected(merged.error());
    ++result.written.generation;
    const auto bytes = VaultFile::write(result.written, m_keys, *m_options.random);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (auto written = writeVerified(m_path, *bytes, result.written); !written) {
        if (written.error().code != ErrorCode::SavedNotDurable)
            return std::unexpected(written.error());
        result.warning = written.error(); // in place and verified; only the directory sync failed
    }
    result.diskDigest = Digest::sha256(*bytes);
    if (m_options.rollback) // under the vault's lock, so two writers record in the order they wrote
        m_options.rollback->record(m_path, result.written.generation);
    if (auto backupProblem = writeBackup(*bytes, result.written); !result.warning)
        result.warning = std::move(backupProblem);
    return result;
}

Expected<void> VaultStore::finishSave(const SaveJob &job, Expected<SaveResult> result)
{
    if (!result)
        return std::unexpected(result.error());
    m_saveWarning = result->warning;
    for (const QString &path : std::exchange(m_recoveredFiles, {}))
        QFile::remove(path); // now part of the saved vault
    if (!m_keys)
        return {}; // locked while saving: the file is written, memory is already wiped
    m_diskDigest = result->diskDigest;
    m_contents.generation = std::max(m_contents.generation, result->written.generation);
    if (result->merged)
        m_contents = VaultMerge::merge(m_contents, result->written);
    if (ConstantTime::equal(m_keys->dataKey, job.m_keys.dataKey))
        m_pendingDiskKey.clear();
    else
        m_pendingDiskKey = job.m_keys.dataKey; // re-keyed while saving: the file on disk has the job's key
    m_dirty = m_generation != job.m_generation;
    return {};
}

Expected<QString> VaultStore::rescue(const SaveJob &job)
{
    if (job.m_keys.dataKey.isEmpty())
        return fail(ErrorCode::VaultLocked);
    const QFileInfo vault(job.m_path);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(job.m_options.clock->currentMSecs(), QTimeZone::UTC);
    const QString path = vault.absolutePath() + QLatin1Char('/') + vault.completeBaseName() +
                         QStringLiteral(".unsaved-") + now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) +
                         QStringLiteral(".twofold");
    const auto bytes = VaultFile::write(job.m_contents, job.m_keys, *job.m_options.random);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (auto written = job.writeVerified(path, *bytes, job.m_contents);
        !written && written.error().code != ErrorCode::SavedNotDurable)
        return std::unexpected(written.error());
    return path;
}

QStringList VaultStore::recoverUnsaved()
{
    QStringList unopened;
    if (!m_keys)
        return unopened;
    const QFileInfo vault(m_path);
    const QDir directory = vault.absoluteDir();
    const QStringList names = directory.entryList(
        {vault.completeBaseName() + QStringLiteral(".unsaved-*.twofold")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = directory.filePath(name);
        const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
        const auto file =
            bytes ? VaultFile::parse(*bytes) : Expected<VaultFile>(std::unexpected(bytes.error()));
        const auto contents =
            file ? file->decrypt(m_keys->dataKey) : Expected<VaultContents>(std::unexpected(file.error()));
        if (!contents) {
            unopened << path;
            continue;
        }
        m_contents = VaultMerge::merge(m_contents, *contents);
        m_recoveredFiles << path;
        touch();
    }
    return unopened;
}

Expected<void> VaultStore::restoreBackup(const QString &backupPath)
{
    const auto bytes = AtomicFile::read(backupPath, VaultFile::maxFileSize);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (const auto file = VaultFile::parse(*bytes); !file)
        return std::unexpected(file.error());
    const QString damaged =
        m_path + QStringLiteral(".damaged-") + now().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    if (exists() && !QFile::rename(m_path, damaged))
        return fail(ErrorCode::IoError, m_path);
    lock();
    if (m_options.rollback) // on purpose: the older generation is expected now
        m_options.rollback->forget(m_path);
    return AtomicFile::write(m_path, *bytes);
}

Expected<void> VaultStore::save()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const SaveJob job = prepareSave();
    return finishSave(job, job.run());
}

QStringList VaultStore::backups() const
{
    return backupsIn(backupDirectory(), m_path);
}

QStringList VaultStore::backupsIn(const QString &path, const QString &vaultPath)
{
    const QDir directory(path);
    // Only this vault's backups: several vaults may share a directory, and pruning must not cross them.
    const QString pattern = QFileInfo(vaultPath).completeBaseName() + QStringLiteral("-*.twofold");
    QStringList result;
    for (const QString &name : directory.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed))
        result << directory.filePath(name);
    return result;
}

} // namespace twofold
