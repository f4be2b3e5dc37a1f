// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace twofold::test {

inline SecureBytes bytes(QByteArrayView data)
{
    return SecureBytes(data.toByteArray());
}

inline QByteArray plain(const SecureBytes &secure)
{
    return secure.toByteArray();
}

// The error of a result that must have failed. A result that succeeded gives an error with no real code,
// so the comparison fails instead of reading an error that is not there.
template<typename T> Error errorOf(const Expected<T> &result)
{
    return result ? Error{static_cast<ErrorCode>(-1), QStringLiteral("succeeded")} : result.error();
}

// Where a test saves a screenshot: "screenshots/<name>" beside the test binary, inside the build folder
// whatever the working directory.
inline QString screenshotPath(const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// The shared specs and fixtures (beside the source tree, or TWOFOLD_SHARED_DIR).
// Returns an empty string when they are missing; callers QFAIL with a clear message.
inline QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("TWOFOLD_SHARED_DIR");
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(TWOFOLD_SHARED_DIR) : fromEnv;
    return QDir(dir).exists(QStringLiteral("formats/FORMATS.md")) ? QDir(dir).absolutePath() : QString();
}

} // namespace twofold::test

#include "crypto/KdfParameters.h"

namespace twofold::test {

// The cheapest Argon2id the bounds allow: tests only, so the suite stays fast.
inline KdfParameters fastKdf()
{
    KdfParameters kdf = KdfParameters::defaultArgon2id(QByteArray(16, 's'));
    kdf.memoryKiB = 8 * 1024;
    kdf.iterations = 1;
    kdf.lanes = 1;
    return kdf;
}

} // namespace twofold::test
