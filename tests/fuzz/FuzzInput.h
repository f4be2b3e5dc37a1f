// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

// A fuzz input for the readers that take a password: the bytes before the first newline are the password
// (empty: none), the rest is the file. Seeds carry the password their fixture was made with, so mutations
// reach the code behind the key derivation as well as the envelope.
struct FuzzInput
{
    twofold::SecureBytes password;
    QByteArray file;

    static FuzzInput split(const uint8_t *data, size_t size)
    {
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0)
            return {{}, bytes};
        return {twofold::SecureBytes(bytes.first(newline)), bytes.sliced(newline + 1)};
    }
};
