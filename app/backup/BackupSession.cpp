// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSession.h"

#include "ErrorText.h"
#include "accounts/AccountText.h"
#include "backup/ExportFile.h"
#include "formats/Importer.h"
#include "i18n/PaperText.h"
#include "tasks/TaskPool.h"
#include "vault/AccountSource.h"

#include <QFileInfo>

namespace twofold {

namespace {

QString label(const BackupComparison::Entry &entry)
{
    return AccountText::label(entry.issuer, entry.name);
}

} // namespace

BackupSession::BackupSession(QObject *parent)
    : AsyncSession(parent)
{}

BackupSession::BackupSession(const AccountSource &vault, QObject *parent)
    : AsyncSession(parent)
    , m_vault(&vault)
{}

const AccountSource &BackupSession::source() const
{
    return m_vault ? *m_vault : AccountSource::app();
}

void BackupSession::exportTo(const QUrl &file, const QString &format, const QString &password,
                             bool plainConfirmed)
{
    if (busy())
        return;
    reset();
    const auto chosen = ExportFile::formatNamed(format);
    if (!chosen)
        return finish(tr("Unknown export format “%1”.").arg(format));
    if (!ExportFile::isEncrypted(*chosen) && !plainConfirmed)
        return finish(tr("Confirm that you want a file that is not encrypted."));
    ExportFile::Options options;
    options.password = secureUtf8(password);
    options.paperText = PaperText::translated();
    if (ExportFile::isEncrypted(*chosen) && options.password.isEmpty())
        return finish(tr("Choose a password for the exported file."));
    const QList<ExportAccount> accounts = source().exportAccounts();
    const QString path = file.toLocalFile();
    runThenApply(
        [=, format = *chosen](TaskToken &token) -> Expected<void> {
            const auto bytes = ExportFile::prepare(path, format, accounts, options);
            if (!bytes)
                return std::unexpected(bytes.error());
            // Cancelled (the dialog closed, the app quits) before the file is written: nothing is, and the
            // result is dropped.
            return token.commit([&] { return ExportFile::store(path, *bytes); }).value_or(Expected<void>{});
        },
        [this, path, count = int(accounts.size())](Expected<void> written) {
            if (!written)
                return finish(ErrorText::describe(written.error()));
            const QString message =
                tr("%n account(s) exported to %1 and checked.", "", count).arg(QFileInfo(path).fileName());
            finish({}, message);
            Q_EMIT exported(message);
        });
}

void BackupSession::verify(const QUrl &file, const QString &password)
{
    if (busy())
        return;
    reset();
    const QList<ExportAccount> vault = source().exportAccounts();
    const QString path = file.toLocalFile();
    runThenApply(
        [path, password = secureUtf8(password)](TaskToken &) -> Expected<ImportResult> {
            const auto bytes = Importer::readFile(path);
            if (!bytes)
                return std::unexpected(bytes.error());
            return Importer::read(*bytes, password);
        },
        [this, vault](Expected<ImportResult> read) {
            if (!read) {
                m_needsPassword = read.error().code == ErrorCode::ImportPasswordNeeded;
                return finish(ErrorText::describe(read.error()));
            }
            showComparison(BackupComparison::compare(vault, read->accounts));
        });
}

void BackupSession::showComparison(const BackupComparison &comparison)
{
    for (const auto &entry : comparison.missing)
        m_differences << tr("Missing from the backup: %1").arg(label(entry));
    for (const auto &entry : comparison.changed)
        m_differences << tr("Different in the backup: %1").arg(label(entry));
    for (const auto &entry : comparison.extra)
        m_differences << tr("Only in the backup: %1").arg(label(entry));
    if (comparison.identical())
        finish({}, tr("The backup opens and holds exactly the %n account(s) of your vault.", "",
                      comparison.same));
    else
        finish({},
               tr("The backup opens, but differs from your vault: %1 missing, %2 different, %3 only in the "
                  "backup.")
                   .arg(comparison.missing.size())
                   .arg(comparison.changed.size())
                   .arg(comparison.extra.size()));
}

void BackupSession::reset()
{
    cancelTask();
    m_error.clear();
    m_result.clear();
    m_needsPassword = false;
    m_differences.clear();
    setBusy(false);
    Q_EMIT resultChanged();
}

void BackupSession::finish(const QString &error, const QString &result)
{
    setBusy(false);
    m_error = error;
    m_result = result;
    Q_EMIT resultChanged();
}

} // namespace twofold
