#include "vault/VaultStore.h"

#include "crypto/Digest.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultMerge.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

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
        if (x.account != y.account || x.secret != y.secret ||
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
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/backups");
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
    if (auto directory = AtomicFile::ensureDirectory(QFileInfo(m_path).absolutePath()); !directory)
        return directory;
    auto keys = VaultKeys::create(password, kdf, *m_options.random);
    if (!keys)
        return std::unexpected(keys.error());
    lock();
    m_keys = std::move(*keys);
    m_dirty = true;
    if (auto saved = save(); !saved) {
        lock();
        return saved;
    }
    return {};
}

Expected<void> VaultStore::open(const std::function<Expected<VaultKeys>(const VaultFile &)> &unlockWith)
{
    const auto bytes = AtomicFile::read(m_path, VaultFile::maxFileSize);
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
    lock();
    m_keys = std::move(*keys);
    m_contents = std::move(*contents);
    m_diskDigest = Digest::sha256(*bytes);
    return {};
}

Expected<void> VaultStore::unlock(const SecureBytes &password)
{
    return open([&](const VaultFile &file) { return file.unlock(password); });
}

Expected<void> VaultStore::unlockWithKeyring(const SecureBytes &slotKey)
{
    return open([&](const VaultFile &file) { return file.unlockWithKeyring(slotKey); });
}

void VaultStore::lock()
{
    m_keys.reset();
    m_contents = {};
    m_diskDigest.clear();
    m_pendingDiskKey.clear();
    m_dirty = false;
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

std::optional<QUuid> VaultStore::findDuplicate(const OtpAuthUri &uri) const
{
    for (const VaultEntry &entry : m_contents.entries)
        if (entry.account && entry.secret == uri.secret() &&
            entry.account->parameters.type() == uri.parameters().type())
            return entry.account->uuid;
    return std::nullopt;
}

Expected<Account> VaultStore::add(const OtpAuthUri &uri)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    Account account;
    account.uuid = QUuid::createUuid();
    account.issuer = uri.issuer();
    account.name = uri.name();
    account.parameters = uri.parameters();
    account.created = account.modified = now();
    m_contents.entries.append({account, {}, uri.secret(), std::nullopt});
    m_dirty = true;
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
    m_dirty = true;
    return {};
}

Expected<void> VaultStore::remove(const QUuid &uuid)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    const qsizetype index = m_contents.indexOf(uuid);
    if (index < 0)
        return fail(ErrorCode::AccountNotFound, uuid.toString(QUuid::WithoutBraces));
    m_contents.entries.removeAt(index);
    m_contents.deleted.append({uuid, now()});
    m_dirty = true;
    return {};
}

Expected<void> VaultStore::changePassword(const SecureBytes &newPassword, const KdfParameters &kdf)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    auto keys = VaultKeys::create(newPassword, kdf, *m_options.random);
    if (!keys)
        return std::unexpected(keys.error());
    if (m_pendingDiskKey.isEmpty())
        m_pendingDiskKey = m_keys->dataKey; // still needed to read the current file when merging
    m_keys = std::move(*keys);
    m_dirty = true;
    return {};
}

Expected<void> VaultStore::setKeyringSlot(const QString &keyringId, const SecureBytes &slotKey)
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (auto ok = m_keys->setKeyringSlot(keyringId, slotKey, *m_options.random); !ok)
        return ok;
    m_dirty = true;
    return {};
}

Expected<void> VaultStore::removeKeyringSlot()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    m_keys->removeKeyringSlot();
    m_dirty = true;
    return {};
}

Expected<void> VaultStore::mergeChangesOnDisk()
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
    auto theirs = file->decrypt(m_pendingDiskKey.isEmpty() ? m_keys->dataKey : m_pendingDiskKey);
    if (!theirs && !m_pendingDiskKey.isEmpty())
        theirs = file->decrypt(m_keys->dataKey);
    if (!theirs)
        return fail(ErrorCode::VaultChangedOnDisk);
    m_contents = VaultMerge::merge(m_contents, *theirs);
    return {};
}

Expected<void> VaultStore::writeVerified(const QString &path, const QByteArray &bytes)
{
    const SecureBytes &dataKey = m_keys->dataKey;
    const VaultContents &expected = m_contents;
    const auto verify = [&](const QString &tempPath) -> Expected<void> {
        const auto written = AtomicFile::read(tempPath, VaultFile::maxFileSize);
        if (!written || *written != bytes)
            return fail(ErrorCode::VerifyFailed, path);
        const auto file = VaultFile::parse(*written);
        const auto contents =
            file ? file->decrypt(dataKey) : Expected<VaultContents>(std::unexpected(file.error()));
        if (!contents || !sameEntries(*contents, expected))
            return fail(ErrorCode::VerifyFailed, path);
        return {};
    };
    return AtomicFile::write(path, bytes, verify, *m_options.fileSystem);
}

Expected<void> VaultStore::save()
{
    if (!isUnlocked())
        return fail(ErrorCode::VaultLocked);
    if (auto directory = AtomicFile::ensureDirectory(QFileInfo(m_path).absolutePath()); !directory)
        return directory;

    QLockFile lockFile(m_path + QStringLiteral(".lock"));
    if (!lockFile.tryLock(lockTimeoutMs))
        return fail(lockFile.error() == QLockFile::PermissionError ? ErrorCode::PermissionDenied
                                                                   : ErrorCode::VaultBusy,
                    m_path + QStringLiteral(".lock"));
    ::chmod(QFile::encodeName(m_path + QStringLiteral(".lock")).constData(), 0600);

    // Merging may change m_contents; keep a copy so a failed save leaves memory exactly as it was.
    const VaultContents before = m_contents;
    if (auto merged = mergeChangesOnDisk(); !merged) {
        m_contents = before;
        return merged;
    }
    const auto bytes = VaultFile::write(m_contents, *m_keys, *m_options.random);
    if (!bytes) {
        m_contents = before;
        return std::unexpected(bytes.error());
    }
    if (auto written = writeVerified(m_path, *bytes); !written) {
        m_contents = before;
        return written;
    }
    m_diskDigest = Digest::sha256(*bytes);
    m_pendingDiskKey.clear();
    m_dirty = false;
    writeBackup(*bytes);
    return {};
}

void VaultStore::writeBackup(const QByteArray &bytes)
{
    if (m_options.backupGenerations <= 0)
        return;
    const QString directory = backupDirectory();
    if (auto ok = AtomicFile::ensureDirectory(directory); !ok) {
        m_backupProblem = ok.error();
        return;
    }
    const QString name =
        QStringLiteral("vault-%1.twofold").arg(now().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")));
    if (auto written = writeVerified(directory + QLatin1Char('/') + name, bytes); !written) {
        m_backupProblem = written.error();
        return;
    }
    m_backupProblem.reset();
    const QStringList all = backups();
    for (qsizetype i = m_options.backupGenerations; i < all.size(); ++i)
        QFile::remove(all.at(i));
}

QStringList VaultStore::backups() const
{
    const QDir directory(backupDirectory());
    QStringList result;
    for (const QString &name :
         directory.entryList({QStringLiteral("vault-*.twofold")}, QDir::Files, QDir::Name | QDir::Reversed))
        result << directory.filePath(name);
    return result;
}

} // namespace twofold
