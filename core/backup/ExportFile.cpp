// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include "crypto/ConstantTime.h"
#include "formats/AegisExporter.h"
#include "formats/Importer.h"
#include "formats/TwofoldImporter.h"
#include "formats/UriListExporter.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"
#include "vault/VaultKeys.h"

namespace twofold {

namespace {

Expected<QByteArray> twofoldBackup(const QList<ExportAccount> &accounts, const ExportFile::Options &options)
{
    // Every file gets its own salt.
    const QByteArray salt = RandomSource::system().bytes(16).toByteArray();
    KdfParameters kdf = options.kdf.value_or(KdfParameters::defaultArgon2id(salt));
    kdf.salt = salt;
    auto keys = VaultKeys::create(options.password, kdf, RandomSource::system());
    if (!keys)
        return std::unexpected(keys.error());
    VaultContents contents;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ExportAccount &exported : accounts) {
        Account account;
        account.uuid = exported.uuid.isNull() ? QUuid::createUuid() : exported.uuid;
        account.issuer = exported.otp.issuer();
        account.name = exported.otp.name();
        account.parameters = exported.otp.parameters();
        account.tags = exported.tags;
        account.note = exported.note;
        account.favourite = exported.favourite;
        account.created = account.modified = now;
        contents.entries.append({account, {}, exported.otp.secret(), std::nullopt});
    }
    return VaultFile::write(contents, *keys, RandomSource::system());
}

Expected<QByteArray> encode(ExportFile::Format format, const QList<ExportAccount> &accounts,
                            const ExportFile::Options &options)
{
    switch (format) {
    case ExportFile::Format::Twofold:
        return twofoldBackup(accounts, options);
    case ExportFile::Format::Aegis:
        return AegisExporter::write(accounts, options.password);
    case ExportFile::Format::AegisPlain:
        return AegisExporter::write(accounts, {});
    case ExportFile::Format::UriList:
        return UriListExporter::write(accounts).toByteArray();
    case ExportFile::Format::PaperPdf:
        return PaperBackupExporter::write(accounts, QDateTime::currentDateTime(), options.paperText);
    }
    Q_UNREACHABLE();
}

} // namespace

std::optional<ExportFile::Format> ExportFile::formatNamed(QStringView name)
{
    if (name == u"twofold")
        return Format::Twofold;
    if (name == u"aegis")
        return Format::Aegis;
    if (name == u"aegis-plain")
        return Format::AegisPlain;
    if (name == u"uris")
        return Format::UriList;
    if (name == u"pdf")
        return Format::PaperPdf;
    return std::nullopt;
}

bool ExportFile::isEncrypted(Format format)
{
    return format == Format::Twofold || format == Format::Aegis;
}

std::optional<QString> ExportFile::difference(const QList<ExportAccount> &expected,
                                              const QList<ImportedAccount> &read, bool withMetadata)
{
    if (expected.size() != read.size())
        return QStringLiteral("count %1 != %2").arg(expected.size()).arg(read.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ExportAccount &a = expected.at(i);
        const ImportedAccount &b = read.at(i);
        const bool same =
            a.otp.issuer() == b.otp.issuer() && a.otp.name() == b.otp.name() &&
            ConstantTime::equal(a.otp.secret(), b.otp.secret()) && a.otp.parameters() == b.otp.parameters() &&
            (!withMetadata || (a.tags == b.tags && a.note == b.note && a.favourite == b.favourite));
        if (!same)
            return QStringLiteral("account %1").arg(i + 1);
    }
    return std::nullopt;
}

Expected<QByteArray> ExportFile::prepare(const QString &path, Format format,
                                         const QList<ExportAccount> &accounts, const Options &options)
{
    if (isEncrypted(format) && options.password.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    auto bytes = encode(format, accounts, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (format == Format::PaperPdf)
        return bytes; // its QR codes were each decoded again while it was drawn
    // Read through the same readers an import uses; store() then proves the file holds exactly these bytes.
    const auto imported = Importer::read(*bytes, options.password);
    if (!imported)
        return fail(ErrorCode::VerifyFailed, path);
    const bool withMetadata = format != Format::UriList;
    if (!imported->rejected.isEmpty() || difference(accounts, imported->accounts, withMetadata))
        return fail(ErrorCode::VerifyFailed, path);
    return bytes;
}

Expected<void> ExportFile::store(const QString &path, const QByteArray &bytes)
{
    // The synced temporary file is read back; only one that holds exactly the checked bytes replaces anything
    // at `path`.
    const auto verify = [&](const QString &written) -> Expected<void> {
        const auto back = AtomicFile::read(written, VaultFile::maxFileSize);
        if (!back)
            return std::unexpected(back.error());
        if (*back != bytes)
            return fail(ErrorCode::VerifyFailed, path);
        return {};
    };
    return AtomicFile::write(path, bytes, verify);
}

Expected<void> ExportFile::write(const QString &path, Format format, const QList<ExportAccount> &accounts,
                                 const Options &options)
{
    const auto bytes = prepare(path, format, accounts, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    return store(path, *bytes);
}

} // namespace twofold
