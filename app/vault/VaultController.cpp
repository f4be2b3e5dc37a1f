// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultController.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"
#include "crypto/WipedBytes.h"
#include "encoding/Base32.h"
#include "keyring/Keyring.h"
#include "settings/Settings.h"
#include "vault/VaultFile.h"

#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QtConcurrent>

namespace twofold {

namespace {
VaultController *s_instance = nullptr;
constexpr int saveDelayMs = 250;        // coalesces bursts of changes into one save
constexpr int copyNextBelowSeconds = 3; // a code this close to expiry is copied as the next one
constexpr int retryAfterFailureMs = 30'000;

// Messages name accounts briefly; a 5,000-character name must not flood a toast.
QString shortened(const QString &text)
{
    constexpr qsizetype limit = 48;
    return text.size() <= limit ? text : text.first(limit - 1) + QChar(0x2026);
}

QString accountLabel(const Account &account)
{
    const QString issuer = shortened(DisplayText::clean(account.issuer));
    const QString name = shortened(DisplayText::clean(account.name));
    return issuer.isEmpty() ? name
           : name.isEmpty() ? issuer
                            : issuer + QStringLiteral(" (") + name + QLatin1Char(')');
}
} // namespace

VaultController::VaultController(const QString &vaultPath, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(vaultPath)
    , m_model(m_store)
    , m_clock(&m_codeClock)
    , m_kdf(KdfParameters::defaultArgon2id({}))
{
    m_filter.setSourceModel(&m_model);
    m_worker.setMaxThreadCount(1); // one writer, and saves in order
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &VaultController::startSave);
    m_ticker.setSingleShot(true);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &VaultController::tick);
    m_state = m_store.exists() ? Locked : NoVault;
    refreshKeyringUnlock();
    connect(&m_autoLock, &AutoLock::lockRequested, this, &VaultController::lock);
    connect(&m_settings, &Settings::changed, this, &VaultController::applySettings);
    applySettings();
}

void VaultController::applySettings()
{
    m_clipboard.setClearDelay(m_settings.clipboardClearSeconds());
    m_autoLock.setIdleTimeout(m_settings.autoLockMinutes() * 60 * 1000);
    m_autoLock.setLockOnScreenLock(m_settings.lockOnScreenLock());
    m_filter.setSortOrder(m_settings.sortOrder());
    m_store.setBackupPolicy(m_settings.backupFolder(), m_settings.backupCount());
    refreshBackupReminder();
}

void VaultController::refreshBackupReminder()
{
    QString reminder;
    const int days = m_settings.backupReminderDays();
    if (m_state == Unlocked && days > 0 && !m_store.accounts().isEmpty()) {
        const QDateTime newest = m_store.newestBackupTime();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->currentMSecs(), QTimeZone::UTC);
        if (!newest.isValid())
            reminder = tr("There is no backup of your vault yet. Back up now, and keep a copy away from this "
                          "computer.");
        else if (newest.daysTo(now) >= days)
            reminder = tr("Your newest backup is %n day(s) old. Back up now.", "", int(newest.daysTo(now)));
    }
    if (reminder == m_backupReminder)
        return;
    m_backupReminder = reminder;
    Q_EMIT backupReminderChanged();
}

QList<ExportAccount> VaultController::exportAccounts() const
{
    return m_store.exportAccounts();
}

SecureBytes VaultController::accountUri(const QUuid &uuid) const
{
    for (const ExportAccount &account : m_store.exportAccounts()) {
        if (account.uuid == uuid)
            return account.otp.toUri();
    }
    return {};
}

VaultController::~VaultController()
{
    if (m_store.isUnlocked() && m_store.hasUnsavedChanges())
        startSave();
    waitForSaves();
    if (s_instance == this)
        s_instance = nullptr;
}

void VaultController::setInstance(VaultController *instance)
{
    s_instance = instance;
}

VaultController *VaultController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "VaultController::create", "main.cpp must call setInstance() before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void VaultController::setClock(const Clock *clock)
{
    m_codeClock.setBase(clock);
    tick();
}

QString VaultController::setTimeCorrection(qint64 seconds)
{
    if (const auto stored = m_store.setTimeCorrection(seconds); !stored)
        return ErrorText::describe(stored.error());
    m_codeClock.setCorrectionSeconds(seconds);
    Q_EMIT timeCorrectionChanged();
    m_now = m_clock->currentMSecs() / 1000; // the codes shown at once are those of the corrected time
    changed();
    tick();
    return {};
}

void VaultController::setKdfForNewVaults(const KdfParameters &kdf)
{
    m_kdf = kdf;
}

void VaultController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    refreshBackupReminder();
}

void VaultController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void VaultController::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void VaultController::setStorageWarning(const QString &message)
{
    if (message == m_storageWarning)
        return;
    m_storageWarning = message;
    Q_EMIT storageWarningChanged();
}

void VaultController::createVault(const QString &password, bool keyringUnlock)
{
    if (m_busy || m_state != NoVault)
        return;
    setErrorMessage({});
    setBusy(true);
    KdfParameters kdf = m_kdf;
    kdf.salt = RandomSource::system().bytes(16).toByteArray();
    SecureBytes secret = secureUtf8(password);
    QtConcurrent::run(&m_worker, [secret, kdf] {
        return VaultKeys::create(secret, kdf, RandomSource::system());
    }).then(this, [this, keyringUnlock](Expected<VaultKeys> keys) {
        setBusy(false);
        const auto adopted =
            keys.and_then([this](VaultKeys &created) { return m_store.adoptNew(std::move(created)); });
        if (!adopted) {
            setErrorMessage(ErrorText::describe(adopted.error()));
            return;
        }
        afterUnlock();
        startSave(); // the first save happens at once: the vault exists only once it is on disk
        if (keyringUnlock)
            enableKeyringUnlock();
    });
}

void VaultController::unlock(const QString &password)
{
    if (m_busy || m_state != Locked)
        return;
    setErrorMessage({});
    setBusy(true);
    m_discardUnlock = false;
    m_restorableBackup.clear();
    SecureBytes secret = secureUtf8(password);
    const QString path = m_store.path();
    const QStringList backups = m_store.backups();
    struct Outcome
    {
        Expected<VaultStore::Opened> opened;
        QString backupThatOpens;
    };
    QtConcurrent::run(&m_worker, [secret, path, backups] {
        const auto unlocker = [&](const VaultFile &file) { return file.unlock(secret); };
        Outcome outcome{VaultStore::read(path, unlocker), {}};
        // A damaged vault: find the newest backup this password opens, to offer it.
        if (!outcome.opened && outcome.opened.error().code == ErrorCode::VaultDamaged) {
            for (const QString &backup : backups) {
                if (VaultStore::read(backup, unlocker)) {
                    outcome.backupThatOpens = backup;
                    break;
                }
            }
        }
        return outcome;
    }).then(this, [this](Outcome outcome) {
        if (!outcome.opened && !m_discardUnlock) {
            m_restorableBackup = outcome.backupThatOpens;
            QString message = ErrorText::describe(outcome.opened.error());
            if (!m_restorableBackup.isEmpty())
                message += QLatin1Char(' ') +
                           tr("The newest backup that opens is from %1.")
                               .arg(QLocale().toString(QFileInfo(m_restorableBackup).lastModified(),
                                                       QLocale::ShortFormat));
            setBusy(false);
            setErrorMessage(message);
            return;
        }
        adoptOpened(std::move(outcome.opened));
    });
}

void VaultController::refreshKeyringUnlock()
{
    // Unlocked, the keys in memory say it; locked, the file on disk does (read only then: no I/O per save).
    bool enabled = m_store.hasKeyringSlot();
    if (!m_store.isUnlocked()) {
        const auto id = m_store.keyringSlotId();
        enabled = id && !id->isEmpty();
    }
    if (enabled == m_keyringUnlock)
        return;
    m_keyringUnlock = enabled;
    Q_EMIT keyringUnlockChanged();
}

void VaultController::unlockWithKeyring()
{
    const auto id = m_store.keyringSlotId();
    if (m_busy || m_state != Locked || !id || id->isEmpty())
        return;
    m_discardUnlock = false;
    setErrorMessage({});
    setBusy(true);
    Keyring::read(*id, this, [this](Expected<SecureBytes> key) {
        if (!key) {
            setBusy(false);
            setErrorMessage(ErrorText::describe(key.error()));
            return;
        }
        const QString path = m_store.path();
        QtConcurrent::run(&m_worker, [path, slotKey = *key] {
            return VaultStore::read(path,
                                    [&](const VaultFile &file) { return file.unlockWithKeyring(slotKey); });
        }).then(this, [this](Expected<VaultStore::Opened> opened) { adoptOpened(std::move(opened)); });
    });
}

void VaultController::adoptOpened(Expected<VaultStore::Opened> opened)
{
    setBusy(false);
    if (std::exchange(m_discardUnlock, false))
        return; // locked (screen lock, sleep) while the key was derived
    if (!opened) {
        setErrorMessage(ErrorText::describe(opened.error()));
        return;
    }
    m_store.adopt(std::move(*opened));
    m_rollbackNotice.show(m_store.rollback());
    const QStringList unopened = m_store.recoverUnsaved();
    if (!unopened.isEmpty())
        setStorageWarning(tr("Unsaved changes from an earlier session are kept in %1; they open with the "
                             "password used then.")
                              .arg(unopened.join(QStringLiteral(", "))));
    afterUnlock();
    if (m_store.hasUnsavedChanges())
        startSave(); // rescued changes were merged in
}

Expected<void> VaultController::adoptKeys(VaultKeys keys)
{
    if (auto adopted = m_store.changeKeys(std::move(keys)); !adopted)
        return adopted;
    refreshKeyringUnlock();
    startSave();
    return {};
}

void VaultController::enableKeyringUnlock()
{
    if (m_state != Unlocked || m_keyringUnlock)
        return;
    const QString newId = Keyring::newEntryId();
    const SecureBytes slotKey = Keyring::newSlotKey();
    Keyring::store(newId, slotKey, this, [this, newId, slotKey](Expected<void> stored) {
        if (!stored) {
            Q_EMIT toast(ErrorText::describe(stored.error()));
            Q_EMIT keyringUnlockChanged(); // the switch goes back
            return;
        }
        if (m_store.isUnlocked() && m_store.setKeyringSlot(newId, slotKey)) {
            changed();
            refreshKeyringUnlock();
            Q_EMIT toast(tr("This computer can now unlock the vault without the password."));
        }
    });
}

void VaultController::restoreBackup()
{
    if (m_restorableBackup.isEmpty() || m_busy)
        return;
    if (const auto restored = m_store.restoreBackup(m_restorableBackup); !restored) {
        setErrorMessage(ErrorText::describe(restored.error()));
        return;
    }
    m_restorableBackup.clear();
    setErrorMessage({});
    Q_EMIT toast(tr("The backup was restored; the damaged file was kept beside it. Unlock to continue."));
}

bool VaultController::shutdown()
{
    bool kept = true;
    if (m_store.isUnlocked() && m_store.hasUnsavedChanges()) {
        waitForSaves();
        const VaultStore::SaveJob job = m_store.prepareSave();
        if (const auto saved = m_store.finishSave(job, job.run()); !saved) {
            saveFailed(job, saved.error());
            kept = VaultStore::rescue(job).has_value();
        }
    }
    lock();
    waitForSaves();
    return kept;
}

void VaultController::saveFailed(const VaultStore::SaveJob &job, const Error &error)
{
    if (m_store.isUnlocked()) {
        // Still in memory: say so, and try again in a while.
        //: %1 is a sentence saying why saving failed
        setStorageWarning(tr("Not saved: %1 Your changes are kept in memory; Twofold will try again.")
                              .arg(ErrorText::describe(error)));
        m_saveTimer.start(retryAfterFailureMs);
        return;
    }
    // Locked meanwhile: the job's snapshot is the only copy left, so keep it on disk, encrypted.
    const auto rescued = VaultStore::rescue(job);
    setStorageWarning(
        rescued ? tr("Not saved: %1 Your changes were kept in %2 and are merged at the next unlock.")
                      .arg(ErrorText::describe(error), *rescued)
                : tr("Not saved: %1 Keeping the changes aside failed too: %2")
                      .arg(ErrorText::describe(error), ErrorText::describe(rescued.error())));
}

void VaultController::afterUnlock()
{
    m_codeClock.setCorrectionSeconds(m_store.timeCorrection());
    Q_EMIT timeCorrectionChanged();
    m_now = m_clock->currentMSecs() / 1000;
    m_model.reload(m_now);
    setState(Unlocked);
    Q_EMIT canUndoChanged();
    m_autoLock.setArmed(true);
    tick();
}

void VaultController::lock()
{
    if (m_busy)
        m_discardUnlock = true;
    if (m_state != Unlocked)
        return;
    // Unsaved changes go to disk first: the save job holds its own copy, so the store can be wiped now.
    if (m_store.hasUnsavedChanges())
        startSave();
    m_clipboard.clearIfOurs();
    forgetOfferedLink(); // a link not yet reviewed holds a secret too
    m_autoLock.setArmed(false);
    m_ticker.stop();
    m_model.clear();
    m_store.lock();
    m_rollbackNotice.dismiss();
    // Locked right after creating: the first save may still be on its way to disk, but the vault exists.
    setState(m_store.exists() || m_savesInFlight > 0 ? Locked : NoVault);
    Q_EMIT canUndoChanged();
    refreshKeyringUnlock();
}

void VaultController::changed()
{
    m_model.reload(m_now);
    Q_EMIT canUndoChanged();
    m_saveTimer.start(saveDelayMs);
}

void VaultController::startSave()
{
    m_saveTimer.stop();
    if (!m_store.isUnlocked())
        return;
    // Jobs run one at a time on the worker, in order; each carries its own snapshot, so one can be queued
    // behind a running save (it merges with what that save wrote) and the store may be locked meanwhile.
    ++m_savesInFlight;
    auto job = std::make_shared<VaultStore::SaveJob>(m_store.prepareSave());
    QtConcurrent::run(&m_worker, [job] {
        return job->run();
    }).then(this, [this, job](Expected<VaultStore::SaveResult> result) {
        --m_savesInFlight;
        const auto finished = m_store.finishSave(*job, std::move(result));
        if (!finished) {
            saveFailed(*job, finished.error());
            return;
        }
        refreshKeyringUnlock(); // the file on disk decides whether the keyring can open it
        refreshBackupReminder();
        if (const auto &problem = m_store.saveWarning())
            setStorageWarning(tr("Saved, with a warning: %1").arg(ErrorText::describe(*problem)));
        else
            setStorageWarning({});
        if (m_store.isUnlocked() && m_savesInFlight == 0) {
            m_model.reload(m_now); // a merge may have brought in another writer's accounts
            if (m_store.hasUnsavedChanges())
                m_saveTimer.start(saveDelayMs);
        }
    });
}

void VaultController::waitForSaves()
{
    m_worker.waitForDone();
}

void VaultController::setCodesOnScreen(bool onScreen)
{
    if (onScreen == m_codesOnScreen)
        return;
    m_codesOnScreen = onScreen;
    if (onScreen)
        tick(); // the codes and countdowns shown again are current from their first frame
    else
        m_ticker.stop();
}

void VaultController::tick()
{
    // Copies read the clock themselves (copyCodeOf), so a stale m_now while nothing shows codes is harmless.
    if (m_state != Unlocked || !m_codesOnScreen)
        return;
    const qint64 nowMs = m_clock->currentMSecs();
    m_now = nowMs / 1000;
    Q_EMIT nowChanged();
    m_model.tick(m_now);
    m_ticker.start(int(1000 - nowMs % 1000)); // wake at the next whole second
}

QString VaultController::added(const Expected<OtpAuthUri> &uri, bool allowDuplicate)
{
    m_lastAddWasDuplicate = false;
    if (!uri)
        return ErrorText::describe(uri.error());
    const auto duplicate = m_store.findDuplicate(*uri);
    m_lastAddWasDuplicate = duplicate.has_value() && !allowDuplicate;
    if (m_lastAddWasDuplicate)
        return tr("This secret is already in the vault as %1.")
            .arg(accountLabel(*m_store.account(*duplicate)));
    const auto account = m_store.add(*uri);
    if (!account)
        return ErrorText::describe(account.error());
    changed();
    //: Notifications; %1 is the service or account name
    Q_EMIT toast(tr("Added %1").arg(accountLabel(*account)));
    return {};
}

ImportReview VaultController::reviewImport(ImportResult batch) const
{
    return ImportReview(m_store, std::move(batch));
}

Expected<QList<Account>> VaultController::addReviewed(const ImportReview &review, const QList<int> &chosen)
{
    auto added = review.apply(m_store, chosen);
    if (!added)
        return added;
    if (!added->isEmpty()) {
        changed();
        Q_EMIT toast(tr("Imported %n account(s).", "", int(added->size())));
    }
    return added;
}

QString VaultController::describeAccount(const QUuid &uuid) const
{
    const auto account = m_store.account(uuid);
    return account ? accountLabel(*account) : uuid.toString(QUuid::WithoutBraces);
}

QString VaultController::addUri(const QString &uri, bool allowDuplicate)
{
    return added(OtpAuthUri::parse(uri.trimmed().toUtf8()), allowDuplicate);
}

QString VaultController::addManual(const QString &issuer, const QString &name, const QString &secret,
                                   int type, int algorithm, int digits, int period, qulonglong counter,
                                   bool allowDuplicate)
{
    // Pasted secrets often carry spaces, dashes or a trailing '='; Base32 ignores those.
    auto bytes = Base32::decode(secret.trimmed().toUtf8());
    if (!bytes)
        return ErrorText::describe(bytes.error());
    const auto parameters =
        OtpParameters::create(OtpType(type), HashAlgorithm(algorithm), digits, period, counter);
    if (!parameters)
        return ErrorText::describe(parameters.error());
    return added(OtpAuthUri::create(issuer, name, std::move(*bytes), *parameters), allowDuplicate);
}

QString VaultController::checkSetupKey(const QString &secret) const
{
    auto bytes = Base32::decode(secret.trimmed().toUtf8());
    if (!bytes)
        return ErrorText::describe(bytes.error());
    const auto valid =
        OtpAuthUri::create(QString(), QStringLiteral("-"), std::move(*bytes), OtpParameters::defaultTotp());
    return valid ? QString() : ErrorText::describe(valid.error());
}

void VaultController::remove(const QString &uuid)
{
    const auto account = m_store.account(QUuid::fromString(uuid));
    if (!account || !m_store.remove(account->uuid))
        return;
    changed();
    Q_EMIT toast(tr("Deleted %1").arg(accountLabel(*account)));
}

void VaultController::undoRemove()
{
    const auto account = m_store.undoRemove();
    if (!account)
        return;
    changed();
    Q_EMIT toast(tr("Restored %1").arg(accountLabel(*account)));
}

void VaultController::toggleFavourite(const QString &uuid)
{
    auto account = m_store.account(QUuid::fromString(uuid));
    if (!account)
        return;
    account->favourite = !account->favourite;
    if (m_store.update(*account))
        changed();
}

void VaultController::moveAccount(int from, int to)
{
    if (from == to)
        return;
    const QList<QUuid> order = m_filter.orderAfterMove(from, to);
    if (order.isEmpty() || !m_store.reorder(order))
        return;
    m_settings.setSortOrder(Settings::Manual);
    changed();
}

void VaultController::nextHotpCode(const QString &uuid)
{
    auto account = m_store.account(QUuid::fromString(uuid));
    if (!account || account->parameters.isTimeBased())
        return;
    const OtpParameters &p = account->parameters;
    const auto next = OtpParameters::create(p.type(), p.algorithm(), p.digits(), p.period(), p.counter() + 1);
    if (!next)
        return;
    account->parameters = *next;
    if (m_store.update(*account))
        changed();
}

SecureBytes VaultController::recoveryCode(const QUuid &uuid, int index) const
{
    const auto account = m_store.account(uuid);
    if (!account || index < 0 || index >= account->recoveryCodes.size())
        return {};
    return account->recoveryCodes.at(index).code;
}

void VaultController::copyRecoveryCode(const QString &uuid, int index)
{
    const SecureBytes code = recoveryCode(QUuid::fromString(uuid), index);
    if (code.isEmpty())
        return;
    // Not wiped here: the clipboard shares this text, and clears it after the delay.
    m_clipboard.copy(QString::fromUtf8(code.constData(), code.size()));
    Q_EMIT toast(tr("Copied — clears in %n s.", "", m_clipboard.clearDelay()));
}

QVariantMap VaultController::details(const QString &uuid) const
{
    const auto account = m_store.account(QUuid::fromString(uuid));
    if (!account)
        return {};
    QVariantList codes; // whether each is used; the text is painted by RecoveryCodeView
    for (const RecoveryCode &code : account->recoveryCodes)
        codes.append(QVariantMap{{QStringLiteral("used"), code.used}});
    const OtpParameters &p = account->parameters;
    return {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("issuer"), DisplayText::clean(account->issuer)},
        {QStringLiteral("name"), DisplayText::clean(account->name)},
        {QStringLiteral("tags"), account->tags},
        {QStringLiteral("favourite"), account->favourite},
        {QStringLiteral("note"), account->note},
        {QStringLiteral("recoveryCodes"), codes},
        {QStringLiteral("created"), account->created.toLocalTime()},
        {QStringLiteral("lastUsed"), account->lastUsed.toLocalTime()},
        {QStringLiteral("usageCount"), QVariant::fromValue(account->usageCount)},
        {QStringLiteral("type"), int(p.type())},
        {QStringLiteral("algorithm"), hashAlgorithmName(p.algorithm())},
        {QStringLiteral("digits"), p.digits()},
        {QStringLiteral("period"), p.period()},
    };
}

QString VaultController::saveDetails(const QString &uuid, const QVariantMap &details)
{
    auto account = m_store.account(QUuid::fromString(uuid));
    if (!account)
        return ErrorText::describe({ErrorCode::AccountNotFound, uuid});
    account->issuer = details.value(QStringLiteral("issuer")).toString();
    account->name = details.value(QStringLiteral("name")).toString();
    account->tags.clear();
    for (const QString &tag : details.value(QStringLiteral("tags")).toStringList())
        if (!tag.trimmed().isEmpty() && !account->tags.contains(tag.trimmed()))
            account->tags << tag.trimmed();
    account->favourite = details.value(QStringLiteral("favourite")).toBool();
    account->note = details.value(QStringLiteral("note")).toString();
    const QVariantList used = details.value(QStringLiteral("recoveryCodes")).toList();
    for (qsizetype i = 0; i < account->recoveryCodes.size() && i < used.size(); ++i)
        account->recoveryCodes[i].used = used.at(i).toMap().value(QStringLiteral("used")).toBool();
    const QString pasted = details.value(QStringLiteral("newRecoveryCodes")).toString();
    for (const QString &line : pasted.split(u'\n')) {
        const QString code = line.trimmed();
        if (!code.isEmpty())
            account->recoveryCodes.append({secureUtf8(code), false});
        WipedBytes::wipe(code);
        WipedBytes::wipe(line);
    }
    WipedBytes::wipe(pasted);
    if (const auto updated = m_store.update(*account); !updated)
        return ErrorText::describe(updated.error());
    changed();
    return {};
}

std::optional<VaultController::CopiedCode> VaultController::copyCodeOf(const QString &uuid)
{
    auto account = m_store.account(QUuid::fromString(uuid));
    if (!account)
        return std::nullopt;
    const qint64 now = m_clock->currentMSecs() / 1000;
    const bool useNext = account->parameters.isTimeBased() &&
                         OtpGenerator::secondsRemaining(account->parameters, now) < copyNextBelowSeconds;
    const auto code =
        m_store.code(account->uuid, now, useNext ? OtpGenerator::Step::Next : OtpGenerator::Step::Current);
    if (!code)
        return std::nullopt;
    m_clipboard.copy(*code);
    if (m_store.recordUse(account->uuid))
        changed();
    const QString issuer = shortened(DisplayText::clean(account->issuer));
    return CopiedCode{accountLabel(*account),
                      issuer.isEmpty() ? shortened(DisplayText::clean(account->name)) : issuer, useNext,
                      m_clipboard.clearDelay()};
}

void VaultController::copyCode(const QString &uuid)
{
    const auto copied = copyCodeOf(uuid);
    if (!copied)
        return;
    Q_EMIT toast(
        copied->next
            ? tr("The code was about to expire, so the next one for %1 was copied — clears in %n s.", "",
                 copied->clearSeconds)
                  .arg(copied->label)
            : tr("Copied the code for %1 — clears in %n s.", "", copied->clearSeconds).arg(copied->label));
}

void VaultController::offerLink(const QString &uri)
{
    m_offeredLink = uri.trimmed();
    if (!m_offeredLink.isEmpty())
        Q_EMIT linkOffered();
}

void VaultController::forgetOfferedLink()
{
    WipedBytes::wipe(m_offeredLink);
    m_offeredLink.clear();
}

QString VaultController::takeOfferedLink()
{
    return std::exchange(m_offeredLink, QString());
}

} // namespace twofold
