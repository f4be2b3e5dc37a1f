// SPDX-License-Identifier: GPL-3.0-or-later
// Crypto figures: AES-GCM decryption throughput (the vault payload and FreeOTP keys go through it) and how
// fast imports refuse files that ask for too many slots or too much KDF work. Prints medians of several runs.
//   crypto_bench [runs]        (bench/run builds and runs it)
#include "crypto/AesGcm.h"
#include "crypto/CryptoRuntime.h"
#include "formats/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace twofold;

namespace {
double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

double millisecondsOf(const std::function<void()> &work, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// An encrypted Aegis file with `count` password slots of the given scrypt cost (nothing in it opens).
QByteArray aegisFile(int count, int n, int r, int p)
{
    QJsonObject slot{
        {QStringLiteral("type"), 1},
        {QStringLiteral("uuid"), QStringLiteral("01234567-89ab-4def-8123-456789abcdef")},
        {QStringLiteral("key"), QString(64, QLatin1Char('a'))},
        {QStringLiteral("key_params"), QJsonObject{{QStringLiteral("nonce"), QString(24, QLatin1Char('b'))},
                                                   {QStringLiteral("tag"), QString(32, QLatin1Char('c'))}}},
        {QStringLiteral("salt"), QString(64, QLatin1Char('d'))},
        {QStringLiteral("n"), n},
        {QStringLiteral("r"), r},
        {QStringLiteral("p"), p}};
    QJsonArray slotList;
    for (int i = 0; i < count; ++i)
        slotList.append(slot);
    const QJsonObject header{
        {QStringLiteral("slots"), slotList},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("nonce"), QString(24, QLatin1Char('e'))},
                                               {QStringLiteral("tag"), QString(32, QLatin1Char('f'))}}}};
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("header"), header},
                           {QStringLiteral("db"), QStringLiteral("AAAA")}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CryptoRuntime crypto;
    if (!crypto.check())
        return 2;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    std::printf("runs per figure: %d (medians)\n", runs);

    const SecureBytes key(QByteArray(32, '\x42'));
    const QByteArray nonce(AesGcm::nonceSize, '\x01');
    for (const int mebibytes : {1, 16}) {
        const QByteArray sealed = *AesGcm::seal(key, nonce, QByteArray(mebibytes << 20, 'p'), "header");
        const double ms = millisecondsOf([&] { (void)AesGcm::open(key, nonce, sealed, "header"); }, runs);
        std::printf("aes-256-gcm open %2d MiB: %8.2f ms  (%.0f MiB/s)\n", mebibytes, ms,
                    mebibytes * 1000.0 / ms);
    }

    const SecureBytes password(QByteArray("wrong"));
    const struct
    {
        const char *name;
        QByteArray file;
    } refused[] = {{"aegis, 1,000 ordinary slots", aegisFile(1000, 1 << 15, 8, 1)},
                   {"aegis, 16 slots of 1 GiB scrypt", aegisFile(16, 1 << 20, 8, 2)}};
    for (const auto &[name, file] : refused) {
        Error error{ErrorCode::ImportUnknownFormat};
        const double ms = millisecondsOf(
            [&] {
                const auto result = Importer::read(file, password);
                error = result ? Error{ErrorCode::ImportUnknownFormat} : result.error();
            },
            runs);
        std::printf("refused import, %s: %.2f ms (error %d, %s)\n", name, ms, int(error.code),
                    qPrintable(error.detail));
    }
    return 0;
}
