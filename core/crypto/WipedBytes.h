// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <cstring>

namespace twofold {

// A plain copy of secret bytes for the APIs that only take a QByteArray (JSON and text parsers, a keyring
// job), wiped in place when it goes out of scope. Declare it before whatever shares its bytes (an
// ImportInput, a job), so that those are gone when the bytes are zeroed.
class WipedBytes
{
public:
    explicit WipedBytes(const SecureBytes &secret)
        : m_bytes(secret.toByteArray())
    {}
    ~WipedBytes() { wipe(m_bytes); }
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;

    const QByteArray &bytes() const { return m_bytes; }

    // Zeroes the bytes where they are, without detaching, so every copy that shares them is wiped too
    // (QByteArray::fill() would detach a shared array and wipe only a fresh copy). Static and raw data
    // (literals, fromRawData) is not owned and left alone.
    static void wipe(const QByteArray &bytes)
    {
        if (bytes.data_ptr().isMutable())
            explicit_bzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    }
    static void wipe(const QString &text)
    {
        if (text.data_ptr().isMutable())
            explicit_bzero(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    }

private:
    QByteArray m_bytes;
};

} // namespace twofold
