// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

struct zip;

namespace twofold {

// A ZIP file from another app, read from memory with libzip (ZipCrypto and WinZip-AES entries).
// Bounded: at most maxEntries entries, and an entry's bytes are capped whatever its header claims, so
// a zip bomb stops at the cap.
class ZipArchive
{
public:
    static constexpr int maxEntries = 64;

    [[nodiscard]] static bool looksLike(QByteArrayView data) { return data.startsWith("PK\x03\x04"); }

    // The entries' names, read without the password (ZIP names are never encrypted): from the central
    // directory, or, when that is missing (a cut file), the first local header's, so a damaged export
    // is still recognised. Empty when neither can be read.
    [[nodiscard]] static QStringList names(const QByteArray &data);

    // Errors: ImportDamaged (detail "zip"), ImportTooLarge (TooManyEntries).
    [[nodiscard]] static Expected<ZipArchive> open(const QByteArray &data, const QString &formatId);

    // open(), then read() of the entry find(fileName) gives, at most ImportLimits::maxFileBytes: the errors
    // of both.
    [[nodiscard]] static Expected<SecureBytes> readFile(const QByteArray &data, const QString &formatId,
                                                        QStringView fileName, const SecureBytes &password);
    // The same for the entry find(prefix, suffix) gives.
    [[nodiscard]] static Expected<SecureBytes> readFile(const QByteArray &data, const QString &formatId,
                                                        QStringView prefix, QStringView suffix,
                                                        const SecureBytes &password);

    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;
    ~ZipArchive();

    // The first entry whose file name (without folders) equals `fileName`, case-insensitively; -1 if none.
    [[nodiscard]] qint64 find(QStringView fileName) const;
    // The first entry whose file name starts with `prefix` and ends with `suffix`, case-insensitively.
    [[nodiscard]] qint64 find(QStringView prefix, QStringView suffix) const;

    // The entry's content, decrypted with `password` when it is encrypted, at most `maxBytes`.
    // Errors: ImportWrongPassword, ImportPasswordNeeded, ImportTooLarge (FileTooLarge),
    // ImportUnsupported (CompressionMethod), ImportDamaged (detail "zip").
    // ZipCrypto's password check is one byte, so 1 wrong password in 256 passes it and fails later as a
    // CRC or inflate error; for ZipCrypto entries those are reported as a wrong password too.
    [[nodiscard]] Expected<SecureBytes> read(qint64 index, const SecureBytes &password,
                                             qsizetype maxBytes) const;

private:
    struct Closer
    {
        void operator()(zip *archive) const;
    };

    ZipArchive(QByteArray data, QString formatId, zip *archive, QStringList names);

    QByteArray m_data; // libzip reads the buffer in place
    QString m_formatId;
    std::unique_ptr<zip, Closer> m_archive;
    QStringList m_names;
};

} // namespace twofold
