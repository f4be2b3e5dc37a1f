// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultStore.h"

#include "clock/TimeCorrection.h"
#include "crypto/ConstantTime.h"
#include "vault/EntryExport.h"
#include "vault/EntryOrder.h"
#include "vault/RescueSnapshots.h"
#include "vault/VaultFile.h"
#include "vault/VaultMerge.h"
#include "vault/VaultWriter.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace twofold {

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

void VaultStore::setBackupPolicy(const QString &directory, int generations)
{
    m_options.backupDirectory = directory;
    m_options.backupGenerations = generations;
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
    return VaultOpener::open(m_path, VaultOpener::withPassword(password)).transform([this](Opened opened) {
        adopt(std::move(opened));
    });
}

Expected<void> VaultStore::unlockWithKeyring(const SecureBytes &slotKey)
{
    return VaultOpener::open(m_path, VaultOpener::withKeyring(slotKey)).transform([this](Opened opened) {
        adopt(std::move(opened));
    });
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

Expected<qsizetype> VaultStore::entryIndex(const QUuid &uuid) const
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
    return index;
}

void VaultStore::touch()
{
    m_dirty = true;
    ++m_generation;
}

std::optional<Account> VaultStore::account(const QUuid &uuid) const
{
    const qsizetype index = m_contents.indexOf(uuid);
    return index < 0 ? std::nullopt : m_contents.entries.at(index).account;
}

Expected<QString> VaultStore::code(const QUuid &uuid, qint64 unixTime, OtpGenerator::Step step) const
{
    const auto index = entryIndex(uuid);
    if (!index)
        return std::unexpected(index.error());
    const VaultEntry &entry = m_contents.entries.at(*index);
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
    return EntryExport::of(m_contents.entries);
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
    const auto index = entryIndex(account.uuid);
    if (!index)
        return std::unexpected(index.error());
    VaultEntry &entry = m_contents.entries[*index];
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
    const auto index = entryIndex(uuid);
    if (!index)
        return std::unexpected(index.error());
    Account &account = *m_contents.entries[*index].account;
    account.lastUsed = now();
    ++account.usageCount;
    touch();
    return {};
}

Expected<void> VaultStore::remove(const QUuid &uuid)
{
    const auto index = entryIndex(uuid);
    if (!index)
        return std::unexpected(index.error());
    m_lastRemoved = m_contents.entries.takeAt(*index);
    m_contents.deleted.append({uuid, now()});
    touch();
    return {};
}

Expected<void> VaultStore::reorder(const QList<QUuid> &order)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (auto reordered = EntryOrder::apply(m_contents.entries, order); !reordered)
        return reordered;
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
    return VaultOpener::parse(m_path).transform([](const VaultFile &file) { return file.keyringId(); });
}

VaultStore::SaveJob VaultStore::prepareSave() const
{
    VaultSaveJob::Snapshot snapshot;
    snapshot.path = m_path;
    snapshot.options = m_options;
    if (m_keys)
        snapshot.keys = *m_keys;
    snapshot.contents = m_contents;
    snapshot.diskDigest = m_diskDigest;
    snapshot.diskKey = m_pendingDiskKey.isEmpty() && m_keys ? m_keys->dataKey : m_pendingDiskKey;
    snapshot.generation = m_generation;
    return VaultSaveJob(std::move(snapshot));
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
    if (ConstantTime::equal(m_keys->dataKey, job.snapshot().keys.dataKey))
        m_pendingDiskKey.clear();
    else
        m_pendingDiskKey =
            job.snapshot().keys.dataKey; // re-keyed while saving: the file on disk has the job's key
    m_dirty = m_generation != job.snapshot().generation;
    return {};
}

Expected<QString> VaultStore::rescue(const SaveJob &job)
{
    return RescueSnapshots::write(job);
}

QStringList VaultStore::recoverUnsaved()
{
    if (!m_keys)
        return {};
    RescueSnapshots::Found found = RescueSnapshots::find(m_path, m_keys->dataKey);
    for (const VaultContents &contents : std::as_const(found.contents)) {
        m_contents = VaultMerge::merge(m_contents, contents);
        touch();
    }
    m_recoveredFiles << found.opened;
    return found.unopened;
}

Expected<void> VaultStore::restoreBackup(const QString &backupPath)
{
    auto restored = backupSet().restore(backupPath, now());
    if (!restored && exists())
        return restored; // nothing was replaced
    lock();
    if (m_options.rollback) // on purpose: the older generation is expected now
        m_options.rollback->forget(m_path);
    return restored;
}

Expected<void> VaultStore::save()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const SaveJob job = prepareSave();
    return finishSave(job, job.run());
}

Expected<bool> VaultStore::mergeFrom(const VaultContents &theirs, bool theirsIsOnDisk)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    // The file on disk is the newest word on the order (a manual reorder elsewhere shows here too); a
    // conflict copy is an older side line and does not reorder ours.
    VaultContents merged =
        theirsIsOnDisk ? VaultMerge::merge(theirs, m_contents) : VaultMerge::merge(m_contents, theirs);
    const bool changed = !VaultWriter::sameEntries(merged, m_contents);
    const bool needsSave = theirsIsOnDisk ? !VaultWriter::sameEntries(merged, theirs) : changed;
    m_contents = std::move(merged);
    if (needsSave)
        touch();
    return changed;
}

} // namespace twofold
