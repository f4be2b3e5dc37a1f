// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for the Syncthing pair (syncthing-pair.py), doing what the command line does not:
// `sync_edit VAULT PASSWORD_FILE remove ISSUER` deletes the account as the window's delete does, and
// `sync_edit VAULT PASSWORD_FILE counters` prints "issuer<TAB>counter" for every HOTP account.
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace twofold;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    const QStringList args = app.arguments();
    if (args.size() < 4 || !crypto.check())
        return 2;
    QFile passwordFile(args.at(2));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    VaultStore store(args.at(1));
    if (!store.unlock(SecureBytes(passwordFile.readLine().trimmed())))
        return 3;
    if (args.at(3) == QLatin1String("counters")) {
        for (const Account &account : store.accounts())
            if (account.parameters.type() == OtpType::Hotp)
                std::printf("%s\t%llu\n", account.issuer.toUtf8().constData(),
                            static_cast<unsigned long long>(account.parameters.counter()));
        return 0;
    }
    if (args.at(3) == QLatin1String("remove") && args.size() == 5) {
        for (const Account &account : store.accounts())
            if (account.issuer == args.at(4))
                return store.remove(account.uuid) && store.save() ? 0 : 4;
        return 1;
    }
    return 2;
}
