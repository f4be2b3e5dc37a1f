// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include "formats/ImportLimits.h"

#include <QtEndian>

#include <zip.h>

namespace twofold {

namespace {

struct File
{
    zip_file_t *handle = nullptr;
    ~File()
    {
        if (handle)
            zip_fclose(handle);
    }
};

QString baseName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
}

zip_t *openRaw(const QByteArray &data, int *errorCode)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (!source) {
        *errorCode = zip_error_code_zip(&error);
        zip_error_fini(&error);
        return nullptr;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        *errorCode = zip_error_code_zip(&error);
        zip_source_free(source);
    }
    zip_error_fini(&error);
    return archive;
}

// Names as stored; ZIP has no reliable encoding flag in old writers, so invalid UTF-8 is replaced.
QStringList entryNames(zip_t *archive, bool *tooMany)
{
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    *tooMany = count > ZipArchive::maxEntries;
    QStringList names;
    for (zip_int64_t i = 0; i < qMin<zip_int64_t>(count, ZipArchive::maxEntries); ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        names.append(name ? QString::fromUtf8(name) : QString());
    }
    return names;
}

} // namespace

void ZipArchive::Closer::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(QByteArray data, QString formatId, zip *archive, QStringList names)
    : m_data(std::move(data))
    , m_formatId(std::move(formatId))
    , m_archive(archive)
    , m_names(std::move(names))
{}

ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;
ZipArchive::~ZipArchive() = default;

QStringList ZipArchive::names(const QByteArray &data)
{
    if (!looksLike(data))
        return {};
    int errorCode = 0;
    if (zip_t *archive = openRaw(data, &errorCode)) {
        bool tooMany = false;
        QStringList names = entryNames(archive, &tooMany);
        zip_discard(archive);
        return names;
    }
    // Local file header: signature, 22 bytes of fields, name length at 26, extra length at 28, name at 30.
    if (data.size() < 30)
        return {};
    const quint16 nameLength = qFromLittleEndian<quint16>(data.constData() + 26);
    if (nameLength == 0 || data.size() < 30 + nameLength)
        return {};
    return {QString::fromUtf8(data.constData() + 30, nameLength)};
}

Expected<ZipArchive> ZipArchive::open(const QByteArray &data, const QString &formatId)
{
    int errorCode = 0;
    zip_t *archive = openRaw(data, &errorCode);
    if (!archive)
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("zip"));
    bool tooMany = false;
    QStringList names = entryNames(archive, &tooMany);
    ZipArchive zip(data, formatId, archive, std::move(names));
    if (tooMany)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
    return zip;
}

Expected<SecureBytes> ZipArchive::readFile(const QByteArray &data, const QString &formatId,
                                           QStringView fileName, const SecureBytes &password)
{
    const auto zip = open(data, formatId);
    if (!zip)
        return std::unexpected(zip.error());
    return zip->read(zip->find(fileName), password, ImportLimits::maxFileBytes);
}

Expected<SecureBytes> ZipArchive::readFile(const QByteArray &data, const QString &formatId,
                                           QStringView prefix, QStringView suffix,
                                           const SecureBytes &password)
{
    const auto zip = open(data, formatId);
    if (!zip)
        return std::unexpected(zip.error());
    return zip->read(zip->find(prefix, suffix), password, ImportLimits::maxFileBytes);
}

qint64 ZipArchive::find(QStringView fileName) const
{
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (baseName(m_names.at(i)).compare(fileName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qint64 ZipArchive::find(QStringView prefix, QStringView suffix) const
{
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const QString name = baseName(m_names.at(i));
        if (name.startsWith(prefix, Qt::CaseInsensitive) && name.endsWith(suffix, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

Expected<SecureBytes> ZipArchive::read(qint64 index, const SecureBytes &password, qsizetype maxBytes) const
{
    const auto damaged = [&] {
        return failImport(ErrorCode::ImportDamaged, m_formatId, QStringLiteral("zip"));
    };
    if (index < 0 || index >= m_names.size())
        return damaged();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return damaged();
    // The header's size is checked before anything is inflated; the reads below are capped by it too,
    // so a header that lies cannot make the output grow.
    if (stat.size > quint64(maxBytes))
        return fail(ErrorCode::ImportTooLarge, ErrorReason::FileTooLarge);
    const bool encrypted = (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
    const bool zipCrypto = encrypted && stat.encryption_method == ZIP_EM_TRAD_PKWARE;

    if (encrypted && password.isEmpty())
        return failImport(ErrorCode::ImportPasswordNeeded, m_formatId);
    // libzip wants a C string; build it in secure memory (libzip keeps its own copy while the entry is open).
    SecureBytes cPassword(password.size() + 1, 0);
    if (!password.isEmpty())
        memcpy(cPassword.data(), password.constData(), size_t(password.size()));

    File file;
    file.handle = zip_fopen_index_encrypted(m_archive.get(), zip_uint64_t(index), 0,
                                            encrypted ? cPassword.constData() : nullptr);
    if (!file.handle) {
        switch (zip_error_code_zip(zip_get_error(m_archive.get()))) {
        case ZIP_ER_WRONGPASSWD:
            return failImport(ErrorCode::ImportWrongPassword, m_formatId);
        case ZIP_ER_NOPASSWD:
            return failImport(ErrorCode::ImportPasswordNeeded, m_formatId);
        case ZIP_ER_ENCRNOTSUPP:
        case ZIP_ER_COMPNOTSUPP:
            return failImport(ErrorCode::ImportUnsupported, m_formatId, {}, ErrorReason::CompressionMethod);
        default:
            return damaged();
        }
    }
    // One spare byte: reading it means the entry is longer than its header says.
    SecureBytes out(int(stat.size + 1));
    qsizetype total = 0;
    while (total < out.size()) {
        const zip_int64_t n = zip_fread(file.handle, out.data() + total, zip_uint64_t(out.size() - total));
        if (n < 0)
            return zipCrypto ? failImport(ErrorCode::ImportWrongPassword, m_formatId) : damaged();
        if (n == 0)
            break;
        total += qsizetype(n);
    }
    if (total != qsizetype(stat.size))
        return damaged();
    out.resize(int(total));
    return out;
}

} // namespace twofold
