// SPDX-License-Identifier: GPL-3.0-or-later
// Vault figures for the closing notes and regressions: unlock time with the default KDF, save time and
// file size by account count, and peak memory while unlocking. Prints medians of several runs.
//   vault_bench [runs]        (bench/run builds and runs it)
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace twofold;

namespace {
double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    if (!crypto.check())
        return 2;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const SecureBytes password(QByteArray("benchmark password"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twofold"));
    const KdfParameters kdf = KdfParameters::defaultArgon2id(RandomSource::system().bytes(16).toByteArray());

    std::printf("runs per figure: %d (medians)\n", runs);
    const long baseline = peakRssMiB();
    {
        VaultStore store(path);
        if (!store.create(password, kdf))
            return 3;
    }
    QList<double> unlockMs;
    for (int i = 0; i < runs; ++i) {
        VaultStore store(path);
        QElapsedTimer timer;
        timer.start();
        if (!store.unlock(password))
            return 4;
        unlockMs << timer.nsecsElapsed() / 1e6;
    }
    std::printf("unlock (Argon2id %u MiB, t=%u, p=%u): %.0f ms\n", kdf.memoryKiB / 1024, kdf.iterations,
                kdf.lanes, median(unlockMs));
    std::printf("peak memory while unlocking: %ld MiB (process baseline %ld MiB)\n", peakRssMiB(), baseline);

    for (const int count : {100, 1000, 10000}) {
        VaultStore::Options options;
        options.backupGenerations = 0; // time the vault save itself
        VaultStore store(path, options);
        if (!store.unlock(password))
            return 4;
        for (const Account &account : store.accounts())
            (void)store.remove(account.uuid);
        for (int i = store.accounts().size(); i < count; ++i) {
            const QByteArray uri = "otpauth://totp/Issuer%20" + QByteArray::number(i) + ":user" +
                                   QByteArray::number(i) +
                                   "%40example.com?secret=" + QByteArray("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
            if (!store.add(*OtpAuthUri::parse(uri)))
                return 5;
        }
        QList<double> saveMs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!store.save())
                return 6;
            saveMs << timer.nsecsElapsed() / 1e6;
        }
        std::printf("save %5d accounts: %7.1f ms, file %7.1f KiB\n", count, median(saveMs),
                    QFileInfo(path).size() / 1024.0);
    }
    return 0;
}
