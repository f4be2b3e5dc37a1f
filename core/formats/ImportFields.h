// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/HashAlgorithm.h"
#include "crypto/SecureBytes.h"
#include "otp/OtpType.h"

#include <QStringList>

namespace twofold {

// An entry as an importer reads it from a file, before validation (ImportBuilder::add).
struct ImportFields
{
    QString issuer;
    QString name;
    SecureBytes secret; // raw bytes, already decoded from the file's text form
    OtpType type = OtpType::Totp;
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 0; // 0: the type's default (6, Steam 5)
    int period = 30;
    quint64 counter = 0; // HOTP: the counter of the next code, in otpauth terms
    QStringList tags;
    QString note;
    bool favourite = false;
};

} // namespace twofold
