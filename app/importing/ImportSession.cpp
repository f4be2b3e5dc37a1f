// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSession.h"

#include "ErrorText.h"
#include "crypto/WipedBytes.h"
#include "formats/Importer.h"
#include "tasks/TaskPool.h"
#include "vault/AccountSink.h"

#include <QFileInfo>

namespace twofold {

namespace {
Expected<ImportResult> readWithKeyFile(const QByteArray &bytes, const SecureBytes &password,
                                       const QString &keyFilePath)
{
    if (keyFilePath.isEmpty())
        return Importer::read(bytes, password);
    auto keyFile = Importer::readFile(keyFilePath);
    if (!keyFile)
        return std::unexpected(keyFile.error());
    const SecureBytes key(*keyFile);
    WipedBytes::wipe(*keyFile);
    return Importer::read(bytes, password, key);
}
} // namespace

ImportSession::ImportSession(QObject *parent)
    : AsyncSession(parent)
{}

ImportSession::ImportSession(AccountSink &vault, QObject *parent)
    : AsyncSession(parent)
    , m_vault(&vault)
{}

ImportSession::~ImportSession()
{
    m_bytes.fill('\0');
}

AccountSink &ImportSession::vault() const
{
    return m_vault ? *m_vault : AccountSink::app();
}

QString ImportSession::batchProgress() const
{
    const QList<ScannedCodes::Batch> batches = m_scanned.incompleteBatches();
    if (batches.isEmpty())
        return {};
    //: A Google Authenticator transfer shows several QR codes; %1 and %2 count them
    return tr("%1 of %2 transfer codes scanned. Scan the others to add every account.")
        .arg(batches.constFirst().scanned)
        .arg(batches.constFirst().total);
}

void ImportSession::openFile(const QUrl &file)
{
    reset();
    const QString path = file.toLocalFile();
    m_sourceName = QFileInfo(path).fileName();
    runThenApply(
        [path](TaskToken &) -> Expected<std::pair<QByteArray, Importer::Detection>> {
            auto bytes = Importer::readFile(path);
            if (!bytes)
                return std::unexpected(bytes.error());
            auto detected = Importer::detect(*bytes);
            if (!detected)
                return std::unexpected(detected.error());
            return std::pair{std::move(*bytes), *detected};
        },
        [this](Expected<std::pair<QByteArray, Importer::Detection>> opened) {
            if (!opened) {
                setError(ErrorText::describe(opened.error()));
                return;
            }
            m_bytes = std::move(opened->first);
            m_formatId = QString::fromLatin1(opened->second.format->id);
            m_sourceName = QString::fromLatin1(opened->second.format->name);
            m_takesKeyFile = Importer::formatTakesKeyFile(*opened->second.format);
            if (opened->second.needsPassword)
                setStage(Password);
            else
                read({});
        });
}

void ImportSession::submitPassword(const QString &password)
{
    if (m_stage != Password || busy())
        return;
    read(secureUtf8(password));
}

void ImportSession::read(SecureBytes password)
{
    setError({});
    // Foreign KDFs take seconds (Ente asks for 1 GiB of Argon2id): never on the GUI thread, and closing the
    // dialog or quitting does not wait for them.
    runThenApply([bytes = m_bytes, password = std::move(password), keyFilePath = m_keyFilePath](
                     TaskToken &) { return readWithKeyFile(bytes, password, keyFilePath); },
                 [this](Expected<ImportResult> result) {
                     if (!result) {
                         setError(ErrorText::describe(result.error()));
                         return;
                     }
                     showReview(std::move(*result));
                 });
}

QString ImportSession::keyFileName() const
{
    return QFileInfo(m_keyFilePath).fileName();
}

void ImportSession::chooseKeyFile(const QUrl &file)
{
    m_keyFilePath = file.toLocalFile();
    Q_EMIT keyFileChanged();
}

void ImportSession::addScanned(const QStringList &texts)
{
    //: Where scanned accounts come from, shown as "Import from QR code"
    if (m_stage != Review || m_sourceName != tr("QR code"))
        reset();
    m_sourceName = tr("QR code");
    QStringList problems;
    for (const QString &text : texts) {
        if (const auto added = m_scanned.add(text.toUtf8()); !added)
            problems.append(ErrorText::describe(added.error()));
    }
    auto result = m_scanned.result();
    if (!result) {
        setError(ErrorText::describe(result.error()));
        return;
    }
    showReview(std::move(*result));
    setError(problems.join(QLatin1Char(' ')));
}

void ImportSession::showReview(ImportResult result)
{
    AccountSink &controller = vault();
    m_review.setReview(controller.reviewImport(std::move(result)),
                       [&controller](const QUuid &uuid) { return controller.describeAccount(uuid); });
    setStage(Review);
    Q_EMIT stageChanged(); // batch progress and counts may change without a change of stage
}

void ImportSession::importSelected()
{
    if (m_stage != Review || busy())
        return;
    const auto added = vault().addReviewed(m_review.review(), m_review.selectedRows());
    if (!added) {
        setError(ErrorText::describe(added.error()));
        return;
    }
    const int count = int(added->size());
    reset();
    Q_EMIT finished(count);
}

void ImportSession::reset()
{
    cancelTask();
    m_bytes.fill('\0');
    m_bytes.clear();
    m_formatId.clear();
    m_sourceName.clear();
    m_takesKeyFile = false;
    if (!m_keyFilePath.isEmpty()) {
        m_keyFilePath.clear();
        Q_EMIT keyFileChanged();
    }
    m_scanned = ScannedCodes();
    m_review.clear();
    setBusy(false);
    setError({});
    setStage(Choose);
}

void ImportSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void ImportSession::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace twofold
