// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultSession.h"

#include "ErrorText.h"
#include "codes/CodeClock.h"
#include "crypto/WipedBytes.h"
#include "vault/Toasts.h"
#include "vault/VaultFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

namespace twofold {

VaultSession::VaultSession(const QString &vaultPath, CodeClock &clock, Toasts &toasts, QObject *parent)
    : QObject(parent)
    , m_store(vaultPath)
    , m_clock(clock)
    , m_toasts(toasts)
    , m_model(m_store)
    , m_kdf(KdfParameters::defaultArgon2id({}))
{
    m_filter.setSourceModel(&m_model);
    m_worker.setMaxThreadCount(1); // one writer, and saves in order
    m_state = m_store.exists() ? Locked : NoVault;
    connect(&m_clock, &CodeClock::ticked, &m_model, &AccountListModel::tick);
}

VaultSession::~VaultSession()
{
    waitForSaves();
    forget(this);
}

void VaultSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_clock.setEnabled(state == Unlocked);
    Q_EMIT stateChanged();
}

void VaultSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void VaultSession::setErrorMessage(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void VaultSession::createVault(const QString &password, bool keyringUnlock)
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
        Q_EMIT created(keyringUnlock); // saved at once: the vault exists only once it is on disk
    });
}

void VaultSession::unlock(const QString &password)
{
    if (!beginUnlock())
        return;
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

bool VaultSession::beginUnlock()
{
    if (m_busy || m_state != Locked)
        return false;
    m_discardUnlock = false;
    setErrorMessage({});
    setBusy(true);
    return true;
}

void VaultSession::failUnlock(const Error &error)
{
    setBusy(false);
    setErrorMessage(ErrorText::describe(error));
}

void VaultSession::openWith(VaultStore::Unlocker unlocker)
{
    QtConcurrent::run(&m_worker, [path = m_store.path(), unlocker = std::move(unlocker)] {
        return VaultStore::read(path, unlocker);
    }).then(this, [this](Expected<VaultStore::Opened> opened) { adoptOpened(std::move(opened)); });
}

void VaultSession::adoptOpened(Expected<VaultStore::Opened> opened)
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
    afterUnlock();
    Q_EMIT existingOpened(unopened); // rescued changes merged in are saved now
}

Expected<void> VaultSession::adoptKeys(VaultKeys keys)
{
    if (auto adopted = m_store.changeKeys(std::move(keys)); !adopted)
        return adopted;
    Q_EMIT keysChanged();
    return {};
}

void VaultSession::restoreBackup()
{
    if (m_restorableBackup.isEmpty() || m_busy)
        return;
    if (const auto restored = m_store.restoreBackup(m_restorableBackup); !restored) {
        setErrorMessage(ErrorText::describe(restored.error()));
        return;
    }
    m_restorableBackup.clear();
    setErrorMessage({});
    m_toasts.show(tr("The backup was restored; the damaged file was kept beside it. Unlock to continue."));
}

void VaultSession::afterUnlock()
{
    m_model.reload(m_clock.sync());
    setState(Unlocked);
}

void VaultSession::lock()
{
    if (m_busy)
        m_discardUnlock = true;
    if (m_state != Unlocked)
        return;
    // Unsaved changes go to disk first: the save job holds its own copy, so the store can be wiped after.
    Q_EMIT aboutToLock();
    forgetOfferedLink(); // a link not yet reviewed holds a secret too
    m_model.clear();
    m_store.lock();
    m_rollbackNotice.dismiss();
    // Locked right after creating: the first save may still be on its way to disk, but the vault exists.
    setState(m_store.exists() || m_savePending() ? Locked : NoVault);
}

void VaultSession::markEdited()
{
    reloadAccounts();
    Q_EMIT edited();
}

void VaultSession::reloadAccounts()
{
    m_model.reload(m_clock.now());
}

void VaultSession::offerLink(const QString &uri)
{
    m_offeredLink = uri.trimmed();
    if (!m_offeredLink.isEmpty())
        Q_EMIT linkOffered();
}

void VaultSession::forgetOfferedLink()
{
    WipedBytes::wipe(m_offeredLink);
    m_offeredLink.clear();
}

QString VaultSession::takeOfferedLink()
{
    return std::exchange(m_offeredLink, QString());
}

} // namespace twofold
