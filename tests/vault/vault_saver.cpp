// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_vaultcrash: unlocks a vault and saves it in a loop, recording the generation in
// an account's note and printing each generation once its save has returned. It is SIGKILLed mid-save.
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace twofold;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    if (argc != 3 || !crypto.check())
        return 2;
    VaultStore::Options options;
    options.backupGenerations = 2;
    VaultStore store(QString::fromLocal8Bit(argv[1]), options);
    if (!store.unlock(SecureBytes(QByteArray(argv[2]))))
        return 3;
    Account account = store.accounts().constFirst();
    for (qint64 generation = account.note.toLongLong() + 1;; ++generation) {
        account.note = QString::number(generation);
        if (!store.update(account) || !store.save())
            return 4;
        std::printf("%lld\n", static_cast<long long>(generation));
        std::fflush(stdout);
    }
}
