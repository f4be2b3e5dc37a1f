// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "vault/VaultContents.h"

#include <QFile>

namespace twofold::test {

// Vault contents holding one TOTP account of `issuer`, with fixed times.
inline VaultContents oneAccount(const QString &issuer)
{
    Account account;
    account.uuid = QUuid::createUuid();
    account.issuer = issuer;
    account.name = QStringLiteral("me");
    account.created = account.modified = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::UTC);
    VaultContents contents;
    contents.entries.append({account, {}, bytes("12345678901234567890"), std::nullopt});
    return contents;
}

// A file's bytes; empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace twofold::test
