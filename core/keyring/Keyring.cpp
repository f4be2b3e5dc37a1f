// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring/Keyring.h"

#include "crypto/RandomSource.h"
#include "crypto/WipedBytes.h"

#include <QEventLoop>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace twofold {

namespace {
const QString service = QStringLiteral("Twofold");

std::unexpected<Error> unavailable(const QKeychain::Job &job)
{
    return fail(job.error() == QKeychain::EntryNotFound ? ErrorCode::VaultNoKeyringSlot
                                                        : ErrorCode::KeyringUnavailable,
                job.errorString());
}

template<typename Job> Job *makeJob(const QString &id)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text file is not a keyring
    job->setKey(id);
    return job;
}

template<typename Result, typename Start> Result blocking(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](Result value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
} // namespace

QString Keyring::newEntryId()
{
    return QStringLiteral("vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SecureBytes Keyring::newSlotKey()
{
    return RandomSource::system().bytes(32);
}

void Keyring::store(const QString &id, const SecureBytes &key, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(id);
    // The job keeps this buffer (shared, not copied) until it is deleted: it is wiped in place once written.
    const QByteArray buffer = key.toByteArray();
    job->setBinaryData(buffer);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [buffer, done = std::move(done)](QKeychain::Job *finished) {
            WipedBytes::wipe(buffer);
            done(finished->error() == QKeychain::NoError ? Expected<void>() : unavailable(*finished));
        });
    job->start();
}

void Keyring::read(const QString &id, QObject *context, Read done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(id);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError) {
                done(unavailable(*finished));
                return;
            }
            const QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            SecureBytes key(data);
            // Shared with the job's own buffer: fill() would detach and leave that one.
            WipedBytes::wipe(data);
            done(std::move(key));
        });
    job->start();
}

void Keyring::remove(const QString &id, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(id);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
            done(finished->error() == QKeychain::NoError ? Expected<void>() : unavailable(*finished));
        });
    job->start();
}

Expected<void> Keyring::storeBlocking(const QString &id, const SecureBytes &key)
{
    return blocking<Expected<void>>(
        [&](QObject *context, Done done) { store(id, key, context, std::move(done)); });
}

Expected<SecureBytes> Keyring::readBlocking(const QString &id)
{
    return blocking<Expected<SecureBytes>>(
        [&](QObject *context, Read done) { read(id, context, std::move(done)); });
}

Expected<void> Keyring::removeBlocking(const QString &id)
{
    return blocking<Expected<void>>(
        [&](QObject *context, Done done) { remove(id, context, std::move(done)); });
}

} // namespace twofold
